package com.coachkeep.infrastructure.rest.workspace;

import com.coachkeep.infrastructure.rest.shared.Access;
import com.coachkeep.infrastructure.rest.shared.CurrentCaller;
import com.coachkeep.infrastructure.rest.shared.RequestTransaction;
import com.coachkeep.infrastructure.rest.workspace.WorkspaceDtos.AcceptedInvitationResponse;
import com.coachkeep.workspace.application.port.in.AcceptInvitationCommand;
import com.coachkeep.workspace.application.port.in.AcceptInvitationUseCase;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Accepting an invitation: the one operation a person calls before they belong to the workspace. */
@Path("/api/v1/invitations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Invitations")
@SecurityRequirement(name = "bearer")
@RequestTransaction
public class InvitationAcceptanceResource {
    @Inject
    CurrentCaller current;
    @Inject
    AcceptInvitationUseCase accept;

    @POST
    @Path("{token}/accept")
    @Access(scope = Access.Scope.SECRET)
    @Operation(operationId = "acceptInvitation", summary = "Accept an invitation",
            description = "The token comes from the invitation email. The signed-in person's verified email must be the invited address; "
                    + "a token works once and expires after 7 days.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AcceptedInvitationResponse.class)))
    public AcceptedInvitationResponse accept(@PathParam("token") String token) {
        AcceptInvitationUseCase.Accepted a = accept.accept(current.caller(), new AcceptInvitationCommand(token));
        return new AcceptedInvitationResponse(a.workspaceId().toString(), a.membershipId().toString(), a.role(),
                a.clientId() == null ? null : a.clientId().toString());
    }
}
