package com.coachkeep.infrastructure.stripe;

/** Stripe could not be reached or refused a call: an unexpected failure (500 with an error id), logged once. */
public class PaymentProviderFailedException extends RuntimeException {
    public PaymentProviderFailedException(String what, Throwable cause) {
        super("the payment provider failed " + what, cause);
    }
}
