package com.coachkeep.billing.domain;

import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Instant;

/**
 * A payment (Stripe charge) on a coach's connected account, mirrored from {@code charge.*} events: amounts in minor units
 * of its currency and Stripe ids only. {@code amountRefunded} is what Stripe reports as refunded; what is left to refund
 * is what was captured less that. The state only ever moves forward ({@link StripeVersion}).
 */
public record Charge(WorkspaceId workspaceId, String stripeChargeId, String stripeAccountId, String customerId, String paymentIntentId,
        String status, long amount, long amountCaptured, long amountRefunded, String currency, boolean disputed, Instant chargedAt,
        StripeVersion version) {

    /** The charge as the event reports it, when it is newer than this state (or there is none yet). */
    public static Charge mirror(Charge current, WorkspaceId w, BillingEvent.ChargeChanged e) {
        if (current != null && !e.version().supersedes(current.version())) {
            return current;
        }
        return new Charge(w, e.chargeId(), e.accountId(), e.customerId(), e.paymentIntentId(), e.status(), e.amount(), e.amountCaptured(),
                e.amountRefunded(), e.currency(), e.disputed(), e.chargedAt(), e.version());
    }

    /** What can still be refunded: the captured amount less what Stripe reports refunded (never negative). */
    public long refundable() {
        return "succeeded".equals(status) ? Math.max(0, amountCaptured - amountRefunded) : 0;
    }

    /**
     * The amount to refund for a request of {@code requested} (null: everything left). Refuses a charge with nothing
     * left to refund, and an amount that is not positive or more than is left, naming what is left.
     */
    public long refundAmount(Long requested) {
        long left = refundable();
        if (left == 0) {
            throw new ChargeNotRefundableException(status, amountRefunded > 0 && amountRefunded >= amountCaptured);
        }
        if (requested == null) {
            return left;
        }
        if (requested <= 0) {
            throw com.coachkeep.shared.domain.InvalidInputException.of("amount", "must be a positive amount in minor units (or left out to refund "
                    + "everything that is left)");
        }
        if (requested > left) {
            throw new RefundExceedsRefundableException(requested, left, currency);
        }
        return requested;
    }
}
