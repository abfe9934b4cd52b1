package com.coachkeep.billing.application.port.in;

import java.time.Instant;
import java.util.List;

/**
 * A client's billing as the coach and the client see it: their access given their payments ({@code active},
 * {@code grace} until {@code graceUntil}, {@code paused} since {@code since}), Stripe's next retry, the grace period, and
 * their subscriptions as mirrored.
 */
public record ClientBillingView(String access, Instant since, Instant graceUntil, Instant nextRetry, String failingInvoiceId, int gracePeriodDays,
        List<Subscription> subscriptions) {
    public record Subscription(String id, String status, java.util.UUID offerId, String offerName, String priceId, Instant currentPeriodEnd,
            boolean cancelAtPeriodEnd, boolean paused, String pauseBehavior, Instant pauseResumesAt, Instant pausedSince, Instant stateAt) {
    }
}
