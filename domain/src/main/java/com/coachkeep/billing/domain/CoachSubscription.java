package com.coachkeep.billing.domain;

import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Instant;
import java.util.Set;

/**
 * A workspace's subscription to Coachkeep on the platform's Stripe account (Stripe Billing), mirrored from
 * {@code customer.subscription.*} events. One row per Stripe subscription: a coach who cancels and later subscribes
 * again has two, and each converges on its own newest event ({@link StripeVersion}), so any order of delivery gives the
 * same mirror. Before its first subscription event a subscription known only from its completed checkout has no
 * version and status {@code incomplete}; any subscription event supersedes that.
 *
 * @param stripeCreated when Stripe created the subscription (orders a workspace's subscriptions); null until known
 */
public record CoachSubscription(WorkspaceId workspaceId, String stripeSubscriptionId, String customerId, String planKey, String stripePriceId,
        String status, Instant currentPeriodEnd, boolean cancelAtPeriodEnd, Instant canceledAt, Instant stripeCreated, StripeVersion version) {
    /** Stripe's statuses in which the subscription's plan applies (past_due: Stripe is still retrying the renewal). */
    public static final Set<String> LIVE = Set.of("trialing", "active", "past_due");
    /** Stripe's statuses of a subscription that has ended or stopped being paid: the plan no longer applies. */
    public static final Set<String> LAPSED = Set.of("canceled", "incomplete_expired", "unpaid", "paused");

    public boolean live() {
        return LIVE.contains(status);
    }

    public boolean lapsed() {
        return LAPSED.contains(status);
    }

    /** Whether it can still be cancelled (live, and not already ended). */
    public boolean cancellable() {
        return live() || "unpaid".equals(status) || "paused".equals(status) || "incomplete".equals(status);
    }

    /**
     * The subscription as Stripe answered its cancellation at once, before its events arrive: a status that is no longer
     * cancellable (Stripe's {@code canceled}) keeps it from being cancelled again; its events still supersede this.
     */
    public CoachSubscription cancelled(String stripeStatus, Instant at) {
        String ended = stripeStatus == null || cancellableStatus(stripeStatus) ? "canceled" : stripeStatus;
        return new CoachSubscription(workspaceId, stripeSubscriptionId, customerId, planKey, stripePriceId, ended, currentPeriodEnd, false, at,
                stripeCreated, version);
    }

    private static boolean cancellableStatus(String status) {
        return LIVE.contains(status) || "unpaid".equals(status) || "paused".equals(status) || "incomplete".equals(status);
    }

    /** The subscription as the event reports it, when the event is newer than this state (or there is none yet). */
    public static CoachSubscription mirror(CoachSubscription current, WorkspaceId w, BillingEvent.CoachSubscriptionChanged e, String planKey) {
        if (current != null && !e.version().supersedes(current.version())) {
            return current;
        }
        String customer = e.customerId() != null ? e.customerId() : current == null ? null : current.customerId();
        return new CoachSubscription(w, e.subscriptionId(), customer, planKey, e.priceId(), e.status(), e.currentPeriodEnd(), e.cancelAtPeriodEnd(),
                e.canceledAt(), e.created(), e.version());
    }

    /**
     * A subscription its completed checkout made, before (or after) Stripe's subscription events: it only records the
     * customer and the plan chosen, and never overwrites what a subscription event reported.
     */
    public static CoachSubscription fromCheckout(CoachSubscription current, WorkspaceId w, String subscriptionId, String customerId,
            CoachPlan plan) {
        if (current != null) {
            return current.customerId() != null ? current
                    : new CoachSubscription(w, subscriptionId, customerId, current.planKey(), current.stripePriceId(), current.status(),
                            current.currentPeriodEnd(), current.cancelAtPeriodEnd(), current.canceledAt(), current.stripeCreated(), current.version());
        }
        return new CoachSubscription(w, subscriptionId, customerId, plan == null ? null : plan.key(), plan == null ? null : plan.stripePriceId(),
                "incomplete", null, false, null, null, null);
    }
}
