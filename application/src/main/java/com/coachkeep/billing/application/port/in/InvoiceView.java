package com.coachkeep.billing.application.port.in;

import java.time.Instant;

/** An invoice on the coach's account as mirrored (amounts in minor units). */
public record InvoiceView(String id, String customerId, String subscriptionId, String status, long amountDue, long amountPaid,
        String currency, int attemptCount, Instant nextPaymentAttempt) {
}
