package com.coachkeep.billing.domain;

import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Instant;

/**
 * An invoice on a coach's connected account, mirrored from {@code invoice.*} events: an accounting record (amounts in
 * minor units of its currency, Stripe ids; no names, no card data). {@code tax} is the tax Stripe Tax computed on it
 * (the sum of its {@code total_taxes}), mirrored as reported: Coachkeep never computes tax itself.
 */
public record Invoice(WorkspaceId workspaceId, String stripeInvoiceId, String stripeAccountId, String customerId, String subscriptionId,
        String status, long amountDue, long amountPaid, String currency, int attemptCount, Instant nextPaymentAttempt, StripeVersion version,
        long tax) {

    /** An invoice without tax. */
    public Invoice(WorkspaceId workspaceId, String stripeInvoiceId, String stripeAccountId, String customerId, String subscriptionId, String status,
            long amountDue, long amountPaid, String currency, int attemptCount, Instant nextPaymentAttempt, StripeVersion version) {
        this(workspaceId, stripeInvoiceId, stripeAccountId, customerId, subscriptionId, status, amountDue, amountPaid, currency, attemptCount,
                nextPaymentAttempt, version, 0);
    }

    /** The invoice as the event reports it, when it is newer than this state (or there is none yet). */
    public static Invoice mirror(Invoice current, WorkspaceId w, BillingEvent.InvoiceChanged e) {
        if (current != null && !e.version().supersedes(current.version())) {
            return current;
        }
        return new Invoice(w, e.invoiceId(), e.accountId(), e.customerId(), e.subscriptionId(), e.status(), e.amountDue(), e.amountPaid(),
                e.currency(), e.attemptCount(), e.nextPaymentAttempt(), e.version(), e.tax());
    }

    public boolean paid() {
        return "paid".equals(status);
    }
}
