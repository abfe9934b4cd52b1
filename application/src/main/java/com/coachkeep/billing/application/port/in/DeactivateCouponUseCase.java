package com.coachkeep.billing.application.port.in;

import com.coachkeep.billing.domain.Coupon;
import com.coachkeep.shared.application.Actor;
import java.util.UUID;

/**
 * The coach ends a coupon: its promotion code is deactivated at Stripe (the coupon itself deleted at Stripe when it has
 * no code; subscriptions that already have the discount keep it). Again on an inactive coupon: nothing more happens.
 * {@code BILLING_MANAGE}.
 */
public interface DeactivateCouponUseCase {
    Coupon deactivate(Actor actor, UUID couponId);
}
