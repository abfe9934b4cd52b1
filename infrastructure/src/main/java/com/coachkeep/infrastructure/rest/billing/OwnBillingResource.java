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
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import com.coachkeep.billing.application.port.in.GetClientBillingUseCase;
import com.coachkeep.billing.application.port.in.OpenCustomerPortalUseCase;
import com.coachkeep.infrastructure.rest.billing.ClientBillingDtos.ClientBillingResponse;
import com.coachkeep.infrastructure.rest.billing.ClientBillingDtos.PortalSessionResponse;
import jakarta.ws.rs.POST;

/** A client's own billing: their subscriptions and access, and Stripe's customer portal on their coach's account. */
@Path("/api/v1/workspaces/{workspaceId}/clients/me/billing")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Billing")
@SecurityRequirement(name = "bearer")
@RequestTransaction
public class OwnBillingResource {
    @Inject
    CurrentCaller current;
    @Inject
    GetClientBillingUseCase billing;
    @Inject
    OpenCustomerPortalUseCase portal;

    @PathParam("workspaceId")
    String workspaceId;

    @GET
    @Access(Permission.SELF_READ)
    @Operation(operationId = "getOwnBilling", summary = "Your subscriptions and access (clients)",
            description = "active, grace (a renewal failed; you keep training until graceUntil) or paused (until the payment succeeds), "
                    + "and when Stripe tries again.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ClientBillingResponse.class)))
    public ClientBillingResponse get() {
        return ClientBillingResponse.of(billing.own(current.in(workspaceId)));
    }

    @POST
    @Path("portal-sessions")
    @Access(Permission.SELF_WRITE)
    @Operation(operationId = "openCustomerPortal", summary = "Open Stripe's customer portal to update your card or cancel (clients)",
            description = "A single-use Stripe page on your coach's account. 409 no-subscription before you have paid through a checkout.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = PortalSessionResponse.class)))
    public Response open() {
        return Response.status(Response.Status.CREATED).entity(new PortalSessionResponse(portal.open(current.in(workspaceId)).toString()))
                .header("Cache-Control", "no-store").build();
    }
}
