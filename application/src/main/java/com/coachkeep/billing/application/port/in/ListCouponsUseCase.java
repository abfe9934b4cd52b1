package com.coachkeep.billing.application.port.in;

import com.coachkeep.billing.domain.Coupon;
import com.coachkeep.shared.application.Actor;
import java.util.List;

/** The workspace's coupons, newest first ({@code BILLING_READ}). */
public interface ListCouponsUseCase {
    List<Coupon> list(Actor actor);
}
