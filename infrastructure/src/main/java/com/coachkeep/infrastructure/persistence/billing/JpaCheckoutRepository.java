package com.coachkeep.infrastructure.persistence.billing;

import com.coachkeep.billing.application.port.out.CheckoutRepository;
import com.coachkeep.billing.domain.Checkout;
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

/** {@code billing_checkout}. */
@ApplicationScoped
public class JpaCheckoutRepository implements CheckoutRepository {
    static final String COLUMNS = "id, client_id, offer_id, stripe_session_id, url, status, stripe_customer_id, stripe_subscription_id, created_at, "
            + "state_at, state_event_id";

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;

    @Override
    public void save(Checkout c) {
        tenant.workspace(c.workspaceId());
        em.createNativeQuery("insert into billing_checkout (workspace_id, " + COLUMNS + ") values (cast(?1 as uuid), cast(?2 as uuid), cast(?3 as uuid), "
                + "cast(?4 as uuid), ?5, ?6, ?7, ?8, ?9, cast(?10 as timestamptz), cast(?11 as timestamptz), ?12) on conflict (workspace_id, id) do update set "
                + "status = excluded.status, stripe_customer_id = excluded.stripe_customer_id, stripe_subscription_id = excluded.stripe_subscription_id, "
                + "state_at = excluded.state_at, state_event_id = excluded.state_event_id")
                .setParameter(1, c.workspaceId().value().toString()).setParameter(2, c.id().toString()).setParameter(3, c.clientId().toString())
                .setParameter(4, c.offerId().toString()).setParameter(5, c.stripeSessionId()).setParameter(6, c.url()).setParameter(7, c.status())
                .setParameter(8, c.customerId()).setParameter(9, c.subscriptionId()).setParameter(10, Rows.param(c.createdAt()))
                .setParameter(11, c.version() == null ? null : Rows.param(c.version().created()))
                .setParameter(12, c.version() == null ? null : c.version().eventId()).executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<Checkout> lockBySession(WorkspaceId w, String sessionId) {
        tenant.workspace(w);
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from billing_checkout where workspace_id = cast(?1 as uuid) "
                + "and stripe_session_id = ?2 for update").setParameter(1, w.value().toString()).setParameter(2, sessionId).getResultList();
        return rows.stream().findFirst().map(r -> new Checkout(w, Rows.uuid(r[0]), Rows.uuid(r[1]), Rows.uuid(r[2]), (String) r[3], (String) r[4],
                (String) r[5], (String) r[6], (String) r[7], Rows.instant(r[8]), r[9] == null ? null : new StripeVersion(Rows.instant(r[9]), (String) r[10])));
    }
}
