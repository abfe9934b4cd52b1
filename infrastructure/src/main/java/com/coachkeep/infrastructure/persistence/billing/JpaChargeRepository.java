package com.coachkeep.infrastructure.persistence.billing;

import com.coachkeep.billing.application.port.out.ChargeRepository;
import com.coachkeep.billing.domain.Charge;
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

/** {@code billing_charge}: the payments mirrored from a workspace's connected account. */
@ApplicationScoped
public class JpaChargeRepository implements ChargeRepository {
    static final String COLUMNS = "stripe_charge_id, stripe_account_id, stripe_customer_id, stripe_payment_intent_id, status, amount, "
            + "amount_captured, amount_refunded, currency, disputed, charged_at, state_at, state_event_id";

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;

    @Override
    @SuppressWarnings("unchecked")
    public Optional<Charge> lock(WorkspaceId w, String id) {
        tenant.workspace(w);
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from billing_charge where workspace_id = cast(?1 as uuid) "
                + "and stripe_charge_id = ?2 for update").setParameter(1, w.value().toString()).setParameter(2, id).getResultList();
        return rows.stream().findFirst().map(r -> charge(w, r));
    }

    @Override
    public void save(Charge c) {
        tenant.workspace(c.workspaceId());
        em.createNativeQuery("insert into billing_charge (workspace_id, " + COLUMNS + ") values (cast(?1 as uuid), ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
                + "?9, ?10, ?11, cast(?12 as timestamptz), cast(?13 as timestamptz), ?14) on conflict (workspace_id, stripe_charge_id) do update set "
                + "stripe_customer_id = excluded.stripe_customer_id, stripe_payment_intent_id = excluded.stripe_payment_intent_id, "
                + "status = excluded.status, amount = excluded.amount, amount_captured = excluded.amount_captured, "
                + "amount_refunded = excluded.amount_refunded, currency = excluded.currency, disputed = excluded.disputed, "
                + "charged_at = excluded.charged_at, state_at = excluded.state_at, state_event_id = excluded.state_event_id")
                .setParameter(1, c.workspaceId().value().toString()).setParameter(2, c.stripeChargeId()).setParameter(3, c.stripeAccountId())
                .setParameter(4, c.customerId()).setParameter(5, c.paymentIntentId()).setParameter(6, c.status()).setParameter(7, c.amount())
                .setParameter(8, c.amountCaptured()).setParameter(9, c.amountRefunded()).setParameter(10, c.currency())
                .setParameter(11, c.disputed()).setParameter(12, Rows.param(c.chargedAt())).setParameter(13, Rows.param(c.version().created()))
                .setParameter(14, c.version().eventId()).executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Charge> list(WorkspaceId w) {
        tenant.workspace(w);
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from billing_charge where workspace_id = cast(?1 as uuid) "
                + "order by charged_at desc nulls last, stripe_charge_id limit 500").setParameter(1, w.value().toString()).getResultList();
        return rows.stream().map(r -> charge(w, r)).toList();
    }

    static Charge charge(WorkspaceId w, Object[] r) {
        return new Charge(w, (String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], ((Number) r[5]).longValue(),
                ((Number) r[6]).longValue(), ((Number) r[7]).longValue(), Rows.text(r[8]), Boolean.TRUE.equals(r[9]), Rows.instant(r[10]),
                new StripeVersion(Rows.instant(r[11]), (String) r[12]));
    }
}
