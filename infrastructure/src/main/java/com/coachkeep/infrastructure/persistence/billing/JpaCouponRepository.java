package com.coachkeep.infrastructure.persistence.billing;

import com.coachkeep.billing.application.port.out.CouponRepository;
import com.coachkeep.billing.domain.Coupon;
import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.infrastructure.persistence.shared.Rows;
import com.coachkeep.infrastructure.persistence.shared.TenantScope;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@code billing_coupon}. */
@ApplicationScoped
public class JpaCouponRepository implements CouponRepository {
    static final String COLUMNS = "id, name, percent_off, amount_off, currency, duration, duration_in_months, max_redemptions, redeem_by, code, "
            + "stripe_coupon_id, stripe_promotion_code_id, active, created_at, deactivated_at";

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;

    @Override
    public void save(Coupon c) {
        tenant.workspace(c.workspaceId());
        em.createNativeQuery("insert into billing_coupon (workspace_id, " + COLUMNS + ") values (cast(?1 as uuid), cast(?2 as uuid), ?3, ?4, ?5, "
                + "?6, ?7, ?8, ?9, cast(?10 as timestamptz), ?11, ?12, ?13, ?14, cast(?15 as timestamptz), cast(?16 as timestamptz))")
                .setParameter(1, c.workspaceId().value().toString()).setParameter(2, c.id().toString()).setParameter(3, c.name())
                .setParameter(4, c.percentOff()).setParameter(5, c.amountOff()).setParameter(6, c.currency()).setParameter(7, c.duration().name())
                .setParameter(8, c.durationInMonths()).setParameter(9, c.maxRedemptions()).setParameter(10, Rows.param(c.redeemBy()))
                .setParameter(11, c.code()).setParameter(12, c.stripeCouponId()).setParameter(13, c.stripePromotionCodeId())
                .setParameter(14, c.active()).setParameter(15, Rows.param(c.createdAt())).setParameter(16, Rows.param(c.deactivatedAt()))
                .executeUpdate();
    }

    @Override
    public void deactivate(Coupon c) {
        tenant.workspace(c.workspaceId());
        em.createNativeQuery("update billing_coupon set active = false, deactivated_at = cast(?3 as timestamptz) where workspace_id = cast(?1 as uuid) "
                + "and id = cast(?2 as uuid) and active").setParameter(1, c.workspaceId().value().toString()).setParameter(2, c.id().toString())
                .setParameter(3, Rows.param(c.deactivatedAt())).executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<Coupon> find(WorkspaceId w, UUID id) {
        tenant.workspace(w);
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from billing_coupon where workspace_id = cast(?1 as uuid) "
                + "and id = cast(?2 as uuid)").setParameter(1, w.value().toString()).setParameter(2, id.toString()).getResultList();
        return rows.stream().findFirst().map(r -> coupon(w, r));
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Coupon> list(WorkspaceId w) {
        tenant.workspace(w);
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from billing_coupon where workspace_id = cast(?1 as uuid) "
                + "order by created_at desc, id limit 500").setParameter(1, w.value().toString()).getResultList();
        return rows.stream().map(r -> coupon(w, r)).toList();
    }

    static Coupon coupon(WorkspaceId w, Object[] r) {
        return new Coupon(w, Rows.uuid(r[0]), (String) r[1], r[2] == null ? null : ((Number) r[2]).intValue(),
                r[3] == null ? null : ((Number) r[3]).longValue(), r[4] == null ? null : Rows.text(r[4]), Coupon.Duration.valueOf((String) r[5]),
                r[6] == null ? null : ((Number) r[6]).intValue(), r[7] == null ? null : ((Number) r[7]).longValue(),
                r[8] == null ? null : Rows.instant(r[8]), (String) r[9], (String) r[10], (String) r[11], (Boolean) r[12], Rows.instant(r[13]),
                r[14] == null ? null : Rows.instant(r[14]));
    }
}
