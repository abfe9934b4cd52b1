package com.coachkeep.infrastructure.rest.workspace;

import com.coachkeep.infrastructure.rest.shared.Access;
import com.coachkeep.infrastructure.rest.workspace.DeletionDtos.AccountDeletionResponse;
import com.coachkeep.infrastructure.rest.workspace.DeletionDtos.DeleteAccountRequest;
import com.coachkeep.infrastructure.rest.shared.CurrentCaller;
import com.coachkeep.infrastructure.rest.shared.RequestTransaction;
import com.coachkeep.privacy.application.port.in.DeleteAccountCommand;
import com.coachkeep.privacy.application.port.in.DeleteAccountUseCase;
import com.coachkeep.shared.application.Caller;
import com.coachkeep.infrastructure.rest.workspace.WorkspaceDtos.MeResponse;
import com.coachkeep.workspace.application.port.in.GetMeUseCase;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me")
@SecurityRequirement(name = "bearer")
@RequestTransaction
public class MeResource {
    @Inject
    CurrentCaller current;
    @Inject
    GetMeUseCase me;
    @Inject
    DeleteAccountUseCase deleteAccount;

    @GET
    @Access(scope = Access.Scope.OWN)
    @Operation(operationId = "getMe", summary = "The signed-in person and their workspaces",
            description = "Signing in for the first time provisions the person from the token's issuer, subject and email.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MeResponse.class)))
    public MeResponse get() {
        return MeResponse.of(me.me(current.caller()));
    }

    @DELETE
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(scope = Access.Scope.OWN)
    @Operation(operationId = "deleteMyAccount", summary = "Delete your own account",
            description = "Needs {\"confirm\": true} and a sign-in within the last 10 minutes (the token's auth_time; otherwise "
                    + "403 recent-sign-in-required). Refused with 409 account-owns-workspaces while you own a workspace in use: "
                    + "delete it first. In every workspace where you are a client, your data is erased as by deleteOwnClientData "
                    + "(your coach is told); where you are staff, your membership ends. Your email preferences go, and your "
                    + "account keeps no name, email or sign-in identity. Tokens issued before the deletion are refused at once "
                    + "(401 account-deleted); signing in again later starts a new, empty account. It cannot be undone.")
    @APIResponse(responseCode = "200", description = "Deleted",
            content = @Content(schema = @Schema(implementation = AccountDeletionResponse.class)))
    public AccountDeletionResponse delete(@RequestBody(required = true) DeleteAccountRequest body) {
        Caller caller = current.caller();
        DeleteAccountUseCase.AccountDeletionView v = deleteAccount.delete(caller,
                new DeleteAccountCommand(body != null && Boolean.TRUE.equals(body.confirm()), caller.authTime()));
        return new AccountDeletionResponse(v.clientWorkspaces(), v.staffWorkspaces());
    }
}
