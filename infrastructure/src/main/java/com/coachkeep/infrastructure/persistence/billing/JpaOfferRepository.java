package com.coachkeep.infrastructure.persistence.billing;

import com.coachkeep.billing.application.port.out.OfferRepository;
import com.coachkeep.billing.domain.Offer;
import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.infrastructure.persistence.shared.Rows;
import com.coachkeep.infrastructure.persistence.shared.TenantScope;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** {@code billing_offer}. */
@ApplicationScoped
public class JpaOfferRepository implements OfferRepository {
    static final String COLUMNS = "id, name, billing_interval, amount, currency, trial_days, setup_fee, stripe_product_id, stripe_price_id, "
            + "stripe_setup_price_id, created_at";

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;

    @Override
    public void save(Offer o) {
        tenant.workspace(o.workspaceId());
        em.createNativeQuery("insert into billing_offer (workspace_id, " + COLUMNS + ") values (cast(?1 as uuid), cast(?2 as uuid), ?3, ?4, ?5, ?6, "
                + "?7, ?8, ?9, ?10, ?11, cast(?12 as timestamptz))")
                .setParameter(1, o.workspaceId().value().toString()).setParameter(2, o.id().toString()).setParameter(3, o.name())
                .setParameter(4, o.interval().name()).setParameter(5, o.amount()).setParameter(6, o.currency()).setParameter(7, o.trialDays())
                .setParameter(8, o.setupFee()).setParameter(9, o.stripeProductId()).setParameter(10, o.stripePriceId())
                .setParameter(11, o.stripeSetupPriceId()).setParameter(12, Rows.param(o.createdAt())).executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public java.util.Optional<Offer> find(WorkspaceId w, java.util.UUID id) {
        tenant.workspace(w);
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from billing_offer where workspace_id = cast(?1 as uuid) "
                + "and id = cast(?2 as uuid)").setParameter(1, w.value().toString()).setParameter(2, id.toString()).getResultList();
        return rows.stream().findFirst().map(r -> offer(w, r));
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Offer> list(WorkspaceId w) {
        tenant.workspace(w);
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from billing_offer where workspace_id = cast(?1 as uuid) "
                + "order by created_at desc, id limit 500").setParameter(1, w.value().toString()).getResultList();
        return rows.stream().map(r -> offer(w, r)).toList();
    }

    static Offer offer(WorkspaceId w, Object[] r) {
        return new Offer(w, Rows.uuid(r[0]), (String) r[1], Offer.Interval.valueOf((String) r[2]), ((Number) r[3]).longValue(),
                Rows.text(r[4]), r[5] == null ? null : ((Number) r[5]).intValue(), r[6] == null ? null : ((Number) r[6]).longValue(), (String) r[7],
                (String) r[8], (String) r[9], Rows.instant(r[10]));
    }
}
