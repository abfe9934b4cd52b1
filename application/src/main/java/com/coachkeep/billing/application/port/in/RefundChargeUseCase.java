package com.coachkeep.billing.application.port.in;

import com.coachkeep.shared.application.Actor;

/**
 * Refunds a charge on the workspace's connected account, in full or in part ({@code BILLING_MANAGE}), through Stripe;
 * the refund itself is mirrored when Stripe's event arrives.
 */
public interface RefundChargeUseCase {
    /** Stripe's reasons for a refund; none is required. */
    enum Reason {
        DUPLICATE, FRAUDULENT, REQUESTED_BY_CUSTOMER;

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** @param amount minor units; null refunds everything left to refund */
    record RefundChargeCommand(String chargeId, Long amount, Reason reason) {
    }

    /** What Stripe answered: the refund's id, status and amount. */
    record RefundResult(String refundId, String chargeId, String status, long amount, String currency) {
    }

    RefundResult refund(Actor actor, RefundChargeCommand command);
}
