package com.coachkeep.billing.domain;

import com.coachkeep.shared.domain.DomainRuleException;

/** The workspace already has a live subscription: its plan is changed in the customer portal, not by a second one. */
public class CoachSubscriptionExistsException extends DomainRuleException {
    public static final String CODE = "coach-subscription-exists";

    public CoachSubscriptionExistsException(String plan) {
        super(CODE, "The workspace already subscribes to " + (plan == null ? "a plan" : "the plan '" + plan + "'")
                + ": change or cancel it in the customer portal (billing/subscription/portal-sessions) or through billing/subscription/cancel.");
    }
}
