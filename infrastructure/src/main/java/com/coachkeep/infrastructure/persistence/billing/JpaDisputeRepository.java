package com.coachkeep.infrastructure.persistence.billing;

import com.coachkeep.billing.application.port.out.DisputeRepository;
import com.coachkeep.billing.domain.Dispute;
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

/** {@code billing_dispute}: the disputes mirrored from a workspace's connected account. */
@ApplicationScoped
public class JpaDisputeRepository implements DisputeRepository {
    static final String COLUMNS = "stripe_dispute_id, stripe_account_id, stripe_charge_id, stripe_payment_intent_id, status, amount, currency, "
            + "reason, evidence_due_by, disputed_at, state_at, state_event_id";

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;

    @Override
    @SuppressWarnings("unchecked")
    public Optional<Dispute> lock(WorkspaceId w, String id) {
        tenant.workspace(w);
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from billing_dispute where workspace_id = cast(?1 as uuid) "
                + "and stripe_dispute_id = ?2 for update").setParameter(1, w.value().toString()).setParameter(2, id).getResultList();
        return rows.stream().findFirst().map(r -> dispute(w, r));
    }

    @Override
    public void save(Dispute d) {
        tenant.workspace(d.workspaceId());
        em.createNativeQuery("insert into billing_dispute (workspace_id, " + COLUMNS + ") values (cast(?1 as uuid), ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
                + "?9, cast(?10 as timestamptz), cast(?11 as timestamptz), cast(?12 as timestamptz), ?13) "
                + "on conflict (workspace_id, stripe_dispute_id) do update set stripe_charge_id = excluded.stripe_charge_id, "
                + "stripe_payment_intent_id = excluded.stripe_payment_intent_id, status = excluded.status, amount = excluded.amount, "
                + "currency = excluded.currency, reason = excluded.reason, evidence_due_by = excluded.evidence_due_by, "
                + "disputed_at = excluded.disputed_at, state_at = excluded.state_at, state_event_id = excluded.state_event_id")
                .setParameter(1, d.workspaceId().value().toString()).setParameter(2, d.stripeDisputeId()).setParameter(3, d.stripeAccountId())
                .setParameter(4, d.chargeId()).setParameter(5, d.paymentIntentId()).setParameter(6, d.status()).setParameter(7, d.amount())
                .setParameter(8, d.currency()).setParameter(9, d.reason()).setParameter(10, Rows.param(d.evidenceDueBy()))
                .setParameter(11, Rows.param(d.disputedAt())).setParameter(12, Rows.param(d.version().created()))
                .setParameter(13, d.version().eventId()).executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Dispute> list(WorkspaceId w) {
        tenant.workspace(w);
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from billing_dispute where workspace_id = cast(?1 as uuid) "
                + "order by (status in ('needs_response', 'warning_needs_response')) desc, "
                + "case when status in ('needs_response', 'warning_needs_response') then evidence_due_by end nulls last, "
                + "disputed_at desc nulls last, stripe_dispute_id limit 500").setParameter(1, w.value().toString()).getResultList();
        return rows.stream().map(r -> dispute(w, r)).toList();
    }

    static Dispute dispute(WorkspaceId w, Object[] r) {
        return new Dispute(w, (String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], ((Number) r[5]).longValue(),
                Rows.text(r[6]), (String) r[7], Rows.instant(r[8]), Rows.instant(r[9]), new StripeVersion(Rows.instant(r[10]), (String) r[11]));
    }
}
