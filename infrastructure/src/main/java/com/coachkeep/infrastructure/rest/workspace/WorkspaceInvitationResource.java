package com.coachkeep.infrastructure.rest.workspace;

import com.coachkeep.infrastructure.rest.shared.Access;
import com.coachkeep.shared.domain.Permission;
import com.coachkeep.infrastructure.rest.shared.CurrentCaller;
import com.coachkeep.infrastructure.rest.shared.PageResponse;
import com.coachkeep.infrastructure.rest.shared.Paging;
import com.coachkeep.infrastructure.rest.shared.RequestTransaction;
import com.coachkeep.infrastructure.rest.workspace.WorkspaceDtos.InvitationResponse;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.workspace.application.port.in.ListInvitationsUseCase;
import com.coachkeep.workspace.application.port.in.ResendInvitationUseCase;
import com.coachkeep.workspace.application.port.in.RevokeInvitationUseCase;
import com.coachkeep.workspace.domain.InvitationId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/workspaces/{workspaceId}/invitations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Invitations")
@SecurityRequirement(name = "bearer")
/** Pending invitations of a workspace: listed, resent and withdrawn by its owner. */
@RequestTransaction
public class WorkspaceInvitationResource {
    @Inject
    CurrentCaller current;
    @Inject
    ListInvitationsUseCase list;
    @Inject
    ResendInvitationUseCase resend;
    @Inject
    RevokeInvitationUseCase revoke;

    @GET
    @Access(Permission.STAFF_MANAGE)
    @Operation(operationId = "listInvitations", summary = "Pending invitations, newest first")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = InvitationPage.class)))
    public PageResponse<InvitationResponse> list(@PathParam("workspaceId") String workspaceId,
            @Parameter(description = "Page size, 1 to 100 (default 25)", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "25")) @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        Actor actor = current.in(workspaceId);
        return PageResponse.of(list.listPending(actor, Paging.of(limit, cursor)), InvitationResponse::of);
    }

    @POST
    @Path("{invitationId}/resend")
    @Access(Permission.STAFF_MANAGE)
    @Operation(operationId = "resendInvitation", summary = "Send a pending invitation again",
            description = "Emails a fresh link valid for 7 days; the previous link stops working.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = InvitationResponse.class)))
    public InvitationResponse resend(@PathParam("workspaceId") String workspaceId, @PathParam("invitationId") String invitationId) {
        Actor actor = current.in(workspaceId);
        return InvitationResponse.of(resend.resend(actor, InvitationId.parse(invitationId)));
    }

    @DELETE
    @Path("{invitationId}")
    @Access(Permission.STAFF_MANAGE)
    @Operation(operationId = "revokeInvitation", summary = "Withdraw a pending invitation")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    public Response revoke(@PathParam("workspaceId") String workspaceId, @PathParam("invitationId") String invitationId) {
        Actor actor = current.in(workspaceId);
        revoke.revoke(actor, InvitationId.parse(invitationId));
        return Response.noContent().build();
    }

    @Schema(name = "InvitationPage")
    public record InvitationPage(List<InvitationResponse> items, String nextCursor) {
    }
}
