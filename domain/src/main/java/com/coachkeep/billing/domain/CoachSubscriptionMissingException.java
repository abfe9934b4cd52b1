package com.coachkeep.billing.domain;

import com.coachkeep.shared.domain.DomainRuleException;

/** The workspace has no subscription to Coachkeep to manage or cancel (none, or none that can still be cancelled). */
public class CoachSubscriptionMissingException extends DomainRuleException {
    public static final String CODE = "coach-subscription-missing";

    public CoachSubscriptionMissingException(String what) {
        super(CODE, "The workspace has no subscription to Coachkeep " + what + ": subscribe first (billing/subscription/checkout-sessions).");
    }
}
