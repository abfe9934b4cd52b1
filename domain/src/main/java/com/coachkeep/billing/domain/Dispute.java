package com.coachkeep.billing.domain;

import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Duration;
import java.time.Instant;

/**
 * A client's bank disputing a charge on the coach's connected account (a chargeback), mirrored from
 * {@code charge.dispute.*} events: amount, Stripe's reason and status, and when the evidence is due. The coach answers
 * with evidence in their own Stripe dashboard; Coachkeep only shows where it stands. Never moves backwards.
 */
public record Dispute(WorkspaceId workspaceId, String stripeDisputeId, String stripeAccountId, String chargeId, String paymentIntentId,
        String status, long amount, String currency, String reason, Instant evidenceDueBy, Instant disputedAt, StripeVersion version) {
    /** How far ahead an evidence deadline counts as due soon. */
    public static final Duration DUE_SOON = Duration.ofDays(7);

    public static Dispute mirror(Dispute current, WorkspaceId w, BillingEvent.DisputeChanged e) {
        if (current != null && !e.version().supersedes(current.version())) {
            return current;
        }
        return new Dispute(w, e.disputeId(), e.accountId(), e.chargeId(), e.paymentIntentId(), e.status(), e.amount(), e.currency(), e.reason(),
                e.evidenceDueBy(), e.disputedAt(), e.version());
    }

    /** Whether Stripe waits for the coach's evidence ({@code needs_response}, or {@code warning_needs_response} for an inquiry). */
    public boolean needsResponse() {
        return "needs_response".equals(status) || "warning_needs_response".equals(status);
    }

    /** Waiting for evidence whose deadline is within {@link #DUE_SOON} of now (or passed). */
    public boolean evidenceDueSoon(Instant now) {
        return needsResponse() && evidenceDueBy != null && evidenceDueBy.isBefore(now.plus(DUE_SOON));
    }
}
