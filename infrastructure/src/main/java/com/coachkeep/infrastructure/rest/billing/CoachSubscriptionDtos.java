package com.coachkeep.infrastructure.rest.billing;

import com.coachkeep.billing.application.port.in.CancelCoachSubscriptionUseCase.CancelledCoachSubscription;
import com.coachkeep.billing.application.port.in.CoachSubscriptionView;
import com.coachkeep.billing.domain.CoachPlan;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request and response bodies of the workspace's own subscription to Coachkeep. No field holds card data. */
public final class CoachSubscriptionDtos {
    private CoachSubscriptionDtos() {
    }

    @Schema(name = "CoachPlan", description = "A plan of Coachkeep: how many active clients it allows")
    public record PlanResponse(@Schema(description = "The plan's key, to subscribe to it") String key,
            @Schema(description = "Stripe's price of the plan on Coachkeep's account") String stripePriceId,
            @Schema(description = "Active clients the plan allows; null: no limit") Integer clientLimit) {
        static PlanResponse of(CoachPlan p) {
            return new PlanResponse(p.key(), p.stripePriceId(), p.clientLimit());
        }
    }

    @Schema(name = "CoachPlanPage")
    public record PlansResponse(List<PlanResponse> items) {
    }

    @Schema(name = "CoachSubscription", description = "The workspace's subscription to Coachkeep as Stripe last reported it, and what it allows")
    public record SubscriptionResponse(
            @Schema(description = "none, or Stripe's status: trialing, active, past_due, incomplete, unpaid, paused, canceled, incomplete_expired")
            String status,
            @Schema(description = "The plan's key while the subscription is live; null otherwise") String plan,
            String stripeSubscriptionId,
            @Schema(description = "End of the period paid for") String currentPeriodEnd,
            @Schema(description = "Whether it ends at the end of the period") boolean cancelAtPeriodEnd,
            @Schema(description = "When it was cancelled") String canceledAt,
            @Schema(description = "Active clients allowed now; null: no limit (0 once the subscription has ended)") Integer clientLimit,
            @Schema(description = "Active clients now") long activeClients,
            @Schema(description = "Whether a client can be added or made active now") boolean canAddClients) {
        static SubscriptionResponse of(CoachSubscriptionView v) {
            return new SubscriptionResponse(v.status(), v.plan(), v.stripeSubscriptionId(), text(v.currentPeriodEnd()), v.cancelAtPeriodEnd(),
                    text(v.canceledAt()), v.clientLimit(), v.activeClients(), v.canAddClients());
        }
    }

    @Schema(name = "StartCoachCheckoutRequest")
    public record StartCheckoutRequest(@Schema(description = "The plan's key (GET …/billing/subscription/plans)", required = true, maxLength = 40,
            example = "starter") String plan) {
    }

    @Schema(name = "CoachCheckout", description = "A Stripe Checkout page on Coachkeep's account where the owner subscribes to the plan")
    public record CheckoutResponse(String id, String plan, @Schema(description = "Stripe's hosted payment page") String url) {
    }

    @Schema(name = "CoachBillingPortal", description = "A Stripe customer portal session: card, invoices, plan changes, cancellation")
    public record PortalResponse(@Schema(description = "Stripe's hosted portal, valid for a short while") String url) {
    }

    @Schema(name = "CancelCoachSubscriptionRequest")
    public record CancelRequest(@Schema(description = "period_end (the default): it runs to the end of the period paid for; now: it ends at once",
            enumeration = {"period_end", "now"}, example = "period_end") String when) {
    }

    @Schema(name = "CoachSubscriptionCancellation", description = "What Stripe answered; the subscription's state follows Stripe's events")
    public record CancelResponse(String stripeSubscriptionId, String status, boolean cancelAtPeriodEnd, String currentPeriodEnd, String canceledAt) {
        static CancelResponse of(CancelledCoachSubscription c) {
            return new CancelResponse(c.stripeSubscriptionId(), c.status(), c.cancelAtPeriodEnd(), text(c.currentPeriodEnd()), text(c.canceledAt()));
        }
    }

    private static String text(Instant i) {
        return i == null ? null : i.toString();
    }
}
