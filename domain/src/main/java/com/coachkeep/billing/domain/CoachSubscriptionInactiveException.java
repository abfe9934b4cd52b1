package com.coachkeep.billing.domain;

import com.coachkeep.shared.domain.Refusal;

/**
 * The workspace's subscription to Coachkeep has ended or is not paid: no client can be added or made active again until
 * the owner subscribes. Reading, editing and exporting what is there goes on.
 */
public class CoachSubscriptionInactiveException extends Refusal.PaymentRequired {
    public static final String CODE = "coach-subscription-inactive";

    public CoachSubscriptionInactiveException(String status) {
        super(CODE, "The workspace's subscription to Coachkeep is " + status + ": clients cannot be added or made active until the owner "
                + "subscribes again (billing/subscription/checkout-sessions). Everything stored stays readable and exportable.");
    }
}
