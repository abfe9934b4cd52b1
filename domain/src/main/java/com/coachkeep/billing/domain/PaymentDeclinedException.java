package com.coachkeep.billing.domain;

import com.coachkeep.shared.domain.Refusal;

/** The client's bank declined the payment of a retried invoice; Stripe keeps its own retry schedule. */
public class PaymentDeclinedException extends Refusal.PaymentRequired {
    public static final String CODE = "payment-declined";
    private final String reason;

    public PaymentDeclinedException(String reason) {
        super(CODE, "The client's bank declined the payment" + (reason == null ? "" : " (" + reason + ")")
                + "; the client can update their card in the customer portal, and Stripe retries on its schedule.");
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
