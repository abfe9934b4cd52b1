package com.coachkeep.billing.domain;

import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Instant;

/**
 * A refund of a charge on a coach's connected account, mirrored from Stripe's refund events (whoever made it: the coach
 * through Coachkeep or in their Stripe dashboard). Stripe's status ({@code pending}, {@code requires_action},
 * {@code succeeded}, {@code failed}, {@code canceled}); amounts in minor units; Stripe ids only. Never moves backwards.
 */
public record Refund(WorkspaceId workspaceId, String stripeRefundId, String stripeAccountId, String chargeId, String paymentIntentId, String status,
        long amount, String currency, String reason, String failureReason, Instant refundedAt, StripeVersion version) {

    public static Refund mirror(Refund current, WorkspaceId w, BillingEvent.RefundChanged e) {
        if (current != null && !e.version().supersedes(current.version())) {
            return current;
        }
        return new Refund(w, e.refundId(), e.accountId(), e.chargeId(), e.paymentIntentId(), e.status(), e.amount(), e.currency(), e.reason(),
                e.failureReason(), e.refundedAt(), e.version());
    }

    /** Whether the money goes (or went) back to the client: pending, waiting for an action, or succeeded. */
    public boolean counts() {
        return "succeeded".equals(status) || "pending".equals(status) || "requires_action".equals(status);
    }
}
