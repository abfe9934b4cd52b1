package com.coachkeep.billing.domain;

import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Instant;
import java.util.UUID;

/**
 * A client's purchase of an offer through Stripe Checkout (a Stripe-hosted page on the coach's account: card details
 * never reach Coachkeep). Its state follows {@code checkout.session.*} events: {@code open}, then {@code complete} with
 * the Stripe customer and subscription it made, or {@code expired}.
 */
public record Checkout(WorkspaceId workspaceId, UUID id, UUID clientId, UUID offerId, String stripeSessionId, String url, String status,
        String customerId, String subscriptionId, Instant createdAt, StripeVersion version) {

    /** This checkout as the event reports it, when the event is newer than its state. */
    public Checkout apply(BillingEvent.CheckoutChanged e) {
        if (!e.version().supersedes(version)) {
            return this;
        }
        return new Checkout(workspaceId, id, clientId, offerId, stripeSessionId, url, e.status(), e.customerId(), e.subscriptionId(), createdAt,
                e.version());
    }
}
