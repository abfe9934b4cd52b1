package com.coachkeep.infrastructure.rest.billing;

import com.coachkeep.infrastructure.rest.shared.Access;
import com.coachkeep.infrastructure.rest.shared.CurrentCaller;
import com.coachkeep.infrastructure.rest.shared.RequestTransaction;
import com.coachkeep.shared.domain.Permission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
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
import com.coachkeep.billing.application.port.in.SetGracePeriodUseCase;
import com.coachkeep.infrastructure.rest.billing.ClientBillingDtos.AccessSettingsRequest;
import com.coachkeep.infrastructure.rest.billing.ClientBillingDtos.AccessSettingsResponse;
import com.coachkeep.infrastructure.rest.shared.JsonBodyReader;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/** The workspace's payment-aware access: the grace period after a failed renewal. */
@Path("/api/v1/workspaces/{workspaceId}/billing/access-settings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Billing")
@SecurityRequirement(name = "bearer")
@RequestTransaction
public class BillingAccessResource {
    @Inject
    CurrentCaller current;
    @Inject
    SetGracePeriodUseCase grace;

    @PathParam("workspaceId")
    String workspaceId;

    @GET
    @Access(Permission.BILLING_READ)
    @Operation(operationId = "getBillingAccessSettings", summary = "The grace period after a failed renewal")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AccessSettingsResponse.class)))
    public AccessSettingsResponse get() {
        return new AccessSettingsResponse(grace.get(current.in(workspaceId)));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(Permission.BILLING_MANAGE)
    @Operation(operationId = "setBillingAccessSettings", summary = "Set the grace period after a failed renewal (owner only)",
            description = "Days (0–60) a client keeps their program and check-ins after a renewal fails; then they pause until paid. "
                    + "Applies at once to every failing client (evaluated from when their renewal failed).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AccessSettingsResponse.class)))
    public AccessSettingsResponse set(@RequestBody(required = true) AccessSettingsRequest body) {
        AccessSettingsRequest b = JsonBodyReader.required(body);
        return new AccessSettingsResponse(grace.set(current.in(workspaceId), b.gracePeriodDays()));
    }
}
