package com.coachkeep.billing.domain;

import com.coachkeep.shared.domain.DomainRuleException;

/**
 * Archiving a client whose subscription still bills them needs the coach's decision: cancel it or keep it. Never
 * silently billed, never silently cancelled.
 */
public class SubscriptionActiveException extends DomainRuleException {
    public static final String CODE = "subscription-active";

    public SubscriptionActiveException(int count) {
        super(CODE, "This client has " + (count == 1 ? "a subscription that still bills them" : count + " subscriptions that still bill them")
                + ": say whether to cancel it with cancelSubscription=true (Stripe cancels it now) or to keep it with cancelSubscription=false.");
    }
}
