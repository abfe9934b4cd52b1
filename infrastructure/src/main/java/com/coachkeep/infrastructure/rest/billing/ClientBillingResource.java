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
import com.coachkeep.billing.application.port.in.GetClientBillingUseCase;
import com.coachkeep.infrastructure.rest.billing.ClientBillingDtos.ClientBillingResponse;
import com.coachkeep.roster.domain.ClientId;

/** One client's billing and payment-aware access, for the coach (billing_read) or the client themself. */
@Path("/api/v1/workspaces/{workspaceId}/clients/{clientId}/billing")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Billing")
@SecurityRequirement(name = "bearer")
@RequestTransaction
public class ClientBillingResource {
    @Inject
    CurrentCaller current;
    @Inject
    GetClientBillingUseCase billing;

    @PathParam("workspaceId")
    String workspaceId;

    @GET
    @Access(value = {Permission.BILLING_READ, Permission.SELF_READ}, scope = Access.Scope.CLIENT)
    @Operation(operationId = "getClientBilling", summary = "A client's subscriptions and access (active, grace until, paused since)",
            description = "Evaluated now from the subscriptions and invoices mirrored from Stripe and the workspace's grace period: a failed "
                    + "renewal starts the grace period; after it the client's program and check-ins pause until a payment settles it. "
                    + "Shows Stripe's next retry and the failed invoice, which the coach can retry at once.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ClientBillingResponse.class)))
    public ClientBillingResponse get(@PathParam("clientId") String clientId) {
        return ClientBillingResponse.of(billing.get(current.in(workspaceId), ClientId.parse(clientId)));
    }
}
