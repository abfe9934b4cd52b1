package com.coachkeep.billing.domain;

import com.coachkeep.shared.domain.DomainRuleException;

/** Only a succeeded charge with something left to refund can be refunded. */
public class ChargeNotRefundableException extends DomainRuleException {
    public static final String CODE = "charge-not-refundable";

    public ChargeNotRefundableException(String status, boolean fullyRefunded) {
        super(CODE, fullyRefunded ? "The charge is refunded in full already: nothing is left to refund."
                : "The charge is " + status + ", not succeeded: there is nothing to refund.");
    }
}
