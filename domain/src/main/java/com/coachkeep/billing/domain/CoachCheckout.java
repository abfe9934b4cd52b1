package com.coachkeep.billing.domain;

import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Instant;
import java.util.UUID;

/**
 * The owner's checkout of a Coachkeep plan: a Stripe Checkout session in subscription mode on the platform's own account
 * (no connected account), its outcome mirrored from {@code checkout.session.*} events: {@code open}, then
 * {@code complete} with the Stripe customer and subscription it made, or {@code expired}. Its id and the workspace's go
 * to Stripe as the session's and the subscription's metadata, which is how the platform's events find the workspace.
 */
public record CoachCheckout(WorkspaceId workspaceId, UUID id, String planKey, String stripeSessionId, String status, String customerId,
        String subscriptionId, Instant createdAt, StripeVersion version) {

    public static CoachCheckout opened(WorkspaceId w, UUID id, String planKey, String stripeSessionId, Instant now) {
        return new CoachCheckout(w, id, planKey, stripeSessionId, "open", null, null, now, null);
    }

    /** This checkout as the event reports it, when the event is newer than its state. */
    public CoachCheckout apply(BillingEvent.CoachCheckoutChanged e) {
        if (!e.version().supersedes(version)) {
            return this;
        }
        return new CoachCheckout(workspaceId, id, planKey, stripeSessionId, e.status(), e.customerId(), e.subscriptionId(), createdAt, e.version());
    }
}
