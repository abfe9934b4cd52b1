package com.coachkeep.infrastructure.rest.messaging;

import com.coachkeep.infrastructure.rest.messaging.MessagingDtos.InboxResponse;
import com.coachkeep.infrastructure.rest.shared.Access;
import com.coachkeep.infrastructure.rest.shared.CurrentCaller;
import com.coachkeep.infrastructure.rest.shared.RequestTransaction;
import com.coachkeep.messaging.application.port.in.ReadConversationUseCase;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.domain.Permission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's inbox: the conversations they may read, with unread counts per conversation and in total. */
@Path("/api/v1/workspaces/{workspaceId}/conversations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Messaging")
@SecurityRequirement(name = "bearer")
@RequestTransaction
public class InboxResource {
    @Inject
    CurrentCaller current;
    @Inject
    ReadConversationUseCase read;

    @PathParam("workspaceId")
    String workspaceId;

    @GET
    @Access(value = {Permission.MESSAGES_READ_ASSIGNED, Permission.SELF_MESSAGES})
    @Operation(operationId = "getInbox", summary = "Conversations the caller may read, most recent first, with unread counts and their total",
            description = "Staff see the conversations of the clients they may read; a client sees their own.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = InboxResponse.class)))
    public InboxResponse inbox(@Parameter(description = "How many conversations, 1 to 100 (default 50)",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "50")) @QueryParam("limit") String limit) {
        Actor actor = current.in(workspaceId);
        Long n = ConversationResource.number("limit", limit);
        return InboxResponse.of(read.inbox(actor, n == null ? 50 : (int) Math.min(n, 1000)));
    }
}
