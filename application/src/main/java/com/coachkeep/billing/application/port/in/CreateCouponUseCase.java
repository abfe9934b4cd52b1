package com.coachkeep.billing.application.port.in;

import com.coachkeep.billing.domain.Coupon;
import com.coachkeep.shared.application.Actor;

/**
 * The coach makes a discount: a Stripe coupon on their connected account and, with a code, a promotion code of it
 * (idempotency keys from the coupon's id), then stored. {@code BILLING_MANAGE}; needs a connected account.
 */
public interface CreateCouponUseCase {
    Coupon create(Actor actor, Coupon.Spec spec);
}
