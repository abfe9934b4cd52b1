package com.coachkeep.infrastructure.persistence.billing;

import com.coachkeep.billing.application.port.out.RefundRepository;
import com.coachkeep.billing.domain.Refund;
import com.coachkeep.billing.domain.StripeVersion;
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

/** {@code billing_refund}: the refunds mirrored from a workspace's connected account. */
@ApplicationScoped
public class JpaRefundRepository implements RefundRepository {
    static final String COLUMNS = "stripe_refund_id, stripe_account_id, stripe_charge_id, stripe_payment_intent_id, status, amount, currency, "
            + "reason, failure_reason, refunded_at, state_at, state_event_id";

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;

    @Override
    @SuppressWarnings("unchecked")
    public Optional<Refund> lock(WorkspaceId w, String id) {
        tenant.workspace(w);
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from billing_refund where workspace_id = cast(?1 as uuid) "
                + "and stripe_refund_id = ?2 for update").setParameter(1, w.value().toString()).setParameter(2, id).getResultList();
        return rows.stream().findFirst().map(r -> refund(w, r));
    }

    @Override
    public void save(Refund x) {
        tenant.workspace(x.workspaceId());
        em.createNativeQuery("insert into billing_refund (workspace_id, " + COLUMNS + ") values (cast(?1 as uuid), ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
                + "?9, ?10, cast(?11 as timestamptz), cast(?12 as timestamptz), ?13) on conflict (workspace_id, stripe_refund_id) do update set "
                + "stripe_charge_id = excluded.stripe_charge_id, stripe_payment_intent_id = excluded.stripe_payment_intent_id, "
                + "status = excluded.status, amount = excluded.amount, currency = excluded.currency, reason = excluded.reason, "
                + "failure_reason = excluded.failure_reason, refunded_at = excluded.refunded_at, state_at = excluded.state_at, "
                + "state_event_id = excluded.state_event_id")
                .setParameter(1, x.workspaceId().value().toString()).setParameter(2, x.stripeRefundId()).setParameter(3, x.stripeAccountId())
                .setParameter(4, x.chargeId()).setParameter(5, x.paymentIntentId()).setParameter(6, x.status()).setParameter(7, x.amount())
                .setParameter(8, x.currency()).setParameter(9, x.reason()).setParameter(10, x.failureReason())
                .setParameter(11, Rows.param(x.refundedAt())).setParameter(12, Rows.param(x.version().created()))
                .setParameter(13, x.version().eventId()).executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Refund> list(WorkspaceId w) {
        tenant.workspace(w);
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from billing_refund where workspace_id = cast(?1 as uuid) "
                + "order by refunded_at desc nulls last, stripe_refund_id limit 500").setParameter(1, w.value().toString()).getResultList();
        return rows.stream().map(r -> refund(w, r)).toList();
    }

    static Refund refund(WorkspaceId w, Object[] r) {
        return new Refund(w, (String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], ((Number) r[5]).longValue(),
                Rows.text(r[6]), (String) r[7], (String) r[8], Rows.instant(r[9]), new StripeVersion(Rows.instant(r[10]), (String) r[11]));
    }
}
