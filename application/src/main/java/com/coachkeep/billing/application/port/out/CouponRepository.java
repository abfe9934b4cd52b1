package com.coachkeep.billing.application.port.out;

import com.coachkeep.billing.domain.Coupon;
import com.coachkeep.shared.domain.WorkspaceId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The workspace's coupons. */
public interface CouponRepository {
    void save(Coupon coupon);

    /** Marks the coupon inactive as of its {@code deactivatedAt}. */
    void deactivate(Coupon coupon);

    List<Coupon> list(WorkspaceId workspaceId);

    Optional<Coupon> find(WorkspaceId workspaceId, UUID id);
}
