package com.coachkeep.billing.application.port.in;

import com.coachkeep.shared.application.Actor;

/**
 * The coach collects a failed invoice now instead of waiting for Stripe's next retry ({@code invoices.pay} on their
 * account, the idempotency key derived from the invoice and its attempt count, so a double click collects once).
 * {@code BILLING_MANAGE}. The mirror changes when Stripe's event arrives, like every other change.
 */
public interface RetryInvoiceUseCase {
    /** What Stripe answered: the invoice's status after the attempt ({@code paid}, or {@code open} while processing). */
    record RetryResult(String invoiceId, String status) {
    }

    RetryResult retry(Actor actor, String invoiceId);
}
