package com.coachkeep.infrastructure.rest.support;

import com.coachkeep.infrastructure.rest.shared.Access;
import com.coachkeep.infrastructure.rest.support.SupportDtos.StatusResponse;
import com.coachkeep.support.application.port.in.GetPlatformStatusUseCase;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public platform status (P-AVL-1), from this node's readiness checks. Names components only. */
@Path("/api/v1/status")
@RequestScoped
@Tag(name = "Security")
public class StatusResource {
    @Inject
    GetPlatformStatusUseCase status;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirements
    @Access(scope = Access.Scope.PUBLIC)
    @Operation(operationId = "getPlatformStatus", summary = "Platform status",
            description = "Whether Coachkeep is operational, degraded or in an outage, and each component's status. Public; "
                    + "it never says anything about any workspace.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = StatusResponse.class)))
    public Response get() {
        return Response.ok(StatusResponse.of(status.status())).header("Cache-Control", "no-cache").build();
    }
}
