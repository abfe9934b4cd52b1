package com.coachkeep.billing.domain;

import com.coachkeep.shared.domain.DomainRuleException;

/** This deployment has no payment provider configured: every billing operation answers this, nothing else changes. */
public class PaymentsNotConfiguredException extends DomainRuleException {
    public static final String CODE = "payments-not-configured";

    public PaymentsNotConfiguredException() {
        super(CODE, "Payments are not configured on this server: an operator sets coachkeep.stripe.secret-key and the webhook "
                + "secrets to turn billing on (docs/billing.md).");
    }
}
