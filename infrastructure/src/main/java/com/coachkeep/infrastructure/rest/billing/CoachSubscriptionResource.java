package com.coachkeep.infrastructure.rest.billing;

import com.coachkeep.billing.application.port.in.CancelCoachSubscriptionUseCase;
import com.coachkeep.billing.application.port.in.GetCoachSubscriptionUseCase;
import com.coachkeep.billing.application.port.in.ListCoachPlansUseCase;
import com.coachkeep.billing.application.port.in.OpenCoachBillingPortalUseCase;
import com.coachkeep.billing.application.port.in.StartCoachCheckoutUseCase;
import com.coachkeep.infrastructure.rest.billing.CoachSubscriptionDtos.CancelRequest;
import com.coachkeep.infrastructure.rest.billing.CoachSubscriptionDtos.CancelResponse;
import com.coachkeep.infrastructure.rest.billing.CoachSubscriptionDtos.CheckoutResponse;
import com.coachkeep.infrastructure.rest.billing.CoachSubscriptionDtos.PlanResponse;
import com.coachkeep.infrastructure.rest.billing.CoachSubscriptionDtos.PlansResponse;
import com.coachkeep.infrastructure.rest.billing.CoachSubscriptionDtos.PortalResponse;
import com.coachkeep.infrastructure.rest.billing.CoachSubscriptionDtos.StartCheckoutRequest;
import com.coachkeep.infrastructure.rest.billing.CoachSubscriptionDtos.SubscriptionResponse;
import com.coachkeep.infrastructure.rest.shared.Access;
import com.coachkeep.infrastructure.rest.shared.CurrentCaller;
import com.coachkeep.infrastructure.rest.shared.RequestTransaction;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.Permission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The workspace's own subscription to Coachkeep through Stripe Billing on Coachkeep's account (docs/billing.md): the
 * plans, subscribing on Stripe's checkout page, the customer portal, and cancelling at any time (P-CXL-1). Without
 * Stripe configured the operations that call Stripe answer {@code payments-not-configured}.
 */
@Path("/api/v1/workspaces/{workspaceId}/billing/subscription")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Billing")
@SecurityRequirement(name = "bearer")
@RequestTransaction
public class CoachSubscriptionResource {
    @Inject
    CurrentCaller current;
    @Inject
    ListCoachPlansUseCase plans;
    @Inject
    GetCoachSubscriptionUseCase subscription;
    @Inject
    StartCoachCheckoutUseCase checkout;
    @Inject
    OpenCoachBillingPortalUseCase portal;
    @Inject
    CancelCoachSubscriptionUseCase cancel;

    @PathParam("workspaceId")
    String workspaceId;

    @GET
    @Access(Permission.BILLING_READ)
    @Operation(operationId = "getCoachSubscription", summary = "The workspace's subscription to Coachkeep and what its plan allows",
            description = "Status, plan, end of the period paid for and whether it ends then, as Stripe last reported them; the active "
                    + "clients against the plan's limit. A workspace that never subscribed answers status none.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SubscriptionResponse.class)))
    public SubscriptionResponse get() {
        return SubscriptionResponse.of(subscription.get(current.in(workspaceId)));
    }

    @GET
    @Path("/plans")
    @Access(Permission.BILLING_READ)
    @Operation(operationId = "listCoachPlans", summary = "Coachkeep's plans, by the number of active clients each allows")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PlansResponse.class)))
    public PlansResponse plans() {
        return new PlansResponse(plans.list(current.in(workspaceId)).stream().map(PlanResponse::of).toList());
    }

    @POST
    @Path("/checkout-sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(Permission.BILLING_MANAGE)
    @Operation(operationId = "startCoachCheckout", summary = "Subscribe the workspace to a plan on Stripe's checkout page (owner only)",
            description = "A Stripe Checkout page in subscription mode on Coachkeep's own account (not the coach's connected account). "
                    + "409 coach-subscription-exists while a subscription is live: change the plan in the customer portal.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = CheckoutResponse.class)))
    public Response startCheckout(@RequestBody(required = true) StartCheckoutRequest body) {
        String plan = body == null ? null : body.plan();
        if (plan == null || plan.isBlank()) {
            throw InvalidInputException.of("plan", "is required: the key of one of the plans (GET …/billing/subscription/plans)");
        }
        var started = checkout.start(current.in(workspaceId), plan);
        return Response.status(Response.Status.CREATED).entity(new CheckoutResponse(started.id().toString(), started.plan(), started.url().toString()))
                .header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("/portal-sessions")
    @Access(Permission.BILLING_MANAGE)
    @Operation(operationId = "openCoachBillingPortal", summary = "Open Stripe's customer portal for the workspace's subscription (owner only)",
            description = "Card, invoices, plan changes and cancellation on Stripe's own pages. 409 coach-subscription-missing before the "
                    + "first subscription.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = PortalResponse.class)))
    public Response openPortal() {
        return Response.status(Response.Status.CREATED).entity(new PortalResponse(portal.open(current.in(workspaceId)).toString()))
                .header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(Permission.BILLING_MANAGE)
    @Operation(operationId = "cancelCoachSubscription", summary = "Cancel the workspace's subscription to Coachkeep, at any time (owner only)",
            description = "Self-service, no lock-in: at the end of the period paid for (the default, {}) or at once ({\"when\": \"now\"}). "
                    + "The workspace's data stays readable and exportable after the subscription ends; adding clients then needs a new "
                    + "subscription. The answer is Stripe's; the subscription's state follows Stripe's events.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CancelResponse.class)))
    public CancelResponse cancel(@RequestBody(required = true) CancelRequest body) {
        if (body == null) {
            throw InvalidInputException.of("when", "a body is required: {} cancels at the end of the period, {\"when\": \"now\"} at once");
        }
        boolean atPeriodEnd;
        if (body.when() == null || body.when().equals("period_end")) {
            atPeriodEnd = true;
        } else if (body.when().equals("now")) {
            atPeriodEnd = false;
        } else {
            throw InvalidInputException.of("when", "must be period_end or now");
        }
        return CancelResponse.of(cancel.cancel(current.in(workspaceId), atPeriodEnd));
    }
}
