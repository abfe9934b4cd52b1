package com.coachkeep.infrastructure.persistence.billing;

import com.coachkeep.billing.application.port.out.CoachCheckoutRepository;
import com.coachkeep.billing.domain.CoachCheckout;
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
import java.util.UUID;

/** {@code billing_coach_checkout}. */
@ApplicationScoped
public class JpaCoachCheckoutRepository implements CoachCheckoutRepository {
    static final String COLUMNS = "id, plan_key, stripe_session_id, status, stripe_customer_id, stripe_subscription_id, created_at, state_at, "
            + "state_event_id";

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;

    @Override
    public void save(CoachCheckout c) {
        tenant.workspace(c.workspaceId());
        em.createNativeQuery("insert into billing_coach_checkout (workspace_id, " + COLUMNS + ") values (cast(?1 as uuid), cast(?2 as uuid), ?3, ?4, "
                + "?5, ?6, ?7, cast(?8 as timestamptz), cast(?9 as timestamptz), ?10) on conflict (workspace_id, id) do update set "
                + "status = excluded.status, stripe_customer_id = excluded.stripe_customer_id, stripe_subscription_id = excluded.stripe_subscription_id, "
                + "state_at = excluded.state_at, state_event_id = excluded.state_event_id")
                .setParameter(1, c.workspaceId().value().toString()).setParameter(2, c.id().toString()).setParameter(3, c.planKey())
                .setParameter(4, c.stripeSessionId()).setParameter(5, c.status()).setParameter(6, c.customerId()).setParameter(7, c.subscriptionId())
                .setParameter(8, Rows.param(c.createdAt())).setParameter(9, c.version() == null ? null : Rows.param(c.version().created()))
                .setParameter(10, c.version() == null ? null : c.version().eventId()).executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<CoachCheckout> lock(WorkspaceId w, UUID id) {
        tenant.workspace(w);
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from billing_coach_checkout where workspace_id = cast(?1 as uuid) "
                + "and id = cast(?2 as uuid) for update").setParameter(1, w.value().toString()).setParameter(2, id.toString()).getResultList();
        return rows.stream().findFirst().map(r -> new CoachCheckout(w, Rows.uuid(r[0]), (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                (String) r[5], Rows.instant(r[6]), r[7] == null ? null : new StripeVersion(Rows.instant(r[7]), (String) r[8])));
    }
}
