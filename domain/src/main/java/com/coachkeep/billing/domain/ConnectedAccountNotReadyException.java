package com.coachkeep.billing.domain;

import com.coachkeep.shared.domain.DomainRuleException;

/** Selling needs the coach's Stripe account: onboarding has not started. */
public class ConnectedAccountNotReadyException extends DomainRuleException {
    public static final String CODE = "connected-account-missing";

    public ConnectedAccountNotReadyException() {
        super(CODE, "Connect a Stripe account first (billing/connect/onboarding-links): offers are created on it.");
    }
}
