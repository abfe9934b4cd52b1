package com.coachkeep.infrastructure.rest.workspace;

import com.coachkeep.infrastructure.rest.shared.CurrentCaller;
import com.coachkeep.infrastructure.rest.workspace.WorkspaceDtos.MeResponse;
import com.coachkeep.workspace.application.port.in.GetMeUseCase;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me")
@SecurityRequirement(name = "bearer")
public class MeResource {
    @Inject
    CurrentCaller current;
    @Inject
    GetMeUseCase me;

    @GET
    @Operation(operationId = "getMe", summary = "The signed-in person and their workspaces",
            description = "Signing in for the first time provisions the person from the token's issuer, subject and email.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MeResponse.class)))
    public MeResponse get() {
        return MeResponse.of(me.me(current.caller()));
    }
}
