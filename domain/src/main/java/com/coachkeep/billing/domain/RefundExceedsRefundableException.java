package com.coachkeep.billing.domain;

import com.coachkeep.shared.domain.Refusal;

/** A refund of more than is left to refund on the charge (what was captured less what is refunded already). */
public class RefundExceedsRefundableException extends Refusal.Invalid {
    public static final String CODE = "refund-exceeds-refundable";

    public RefundExceedsRefundableException(long requested, long left, String currency) {
        super(CODE, "A refund of " + requested + " is more than the " + left + " (" + currency + ", minor units) left to refund on this charge.");
    }
}
