package com.coachkeep.billing.application.port.in;

import java.time.Instant;

/** An invoice on the coach's account as mirrored (amounts in minor units; {@code tax} as Stripe Tax computed it). */
public record InvoiceView(String id, String customerId, String subscriptionId, String status, long amountDue, long amountPaid,
        String currency, int attemptCount, Instant nextPaymentAttempt, long tax) {
    /** An invoice without tax. */
    public InvoiceView(String id, String customerId, String subscriptionId, String status, long amountDue, long amountPaid, String currency,
            int attemptCount, Instant nextPaymentAttempt) {
        this(id, customerId, subscriptionId, status, amountDue, amountPaid, currency, attemptCount, nextPaymentAttempt, 0);
    }
}
