package com.coachkeep.infrastructure.persistence.billing;

import com.coachkeep.billing.application.port.out.CoachSubscriptionRepository;
import com.coachkeep.billing.domain.CoachSubscription;
import com.coachkeep.billing.domain.StripeVersion;
import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.infrastructure.persistence.shared.Rows;
import com.coachkeep.infrastructure.persistence.shared.TenantScope;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@code billing_coach_subscription}: the workspace's subscriptions to Coachkeep, one row per Stripe subscription. */
@ApplicationScoped
public class JpaCoachSubscriptionRepository implements CoachSubscriptionRepository {
    static final String COLUMNS = "stripe_subscription_id, stripe_customer_id, plan_key, stripe_price_id, status, current_period_end, "
            + "cancel_at_period_end, canceled_at, stripe_created, state_at, state_event_id";

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;

    @Override
    @SuppressWarnings("unchecked")
    public List<CoachSubscription> list(WorkspaceId w) {
        tenant.workspace(w);
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from billing_coach_subscription where workspace_id = cast(?1 as uuid) "
                + "order by stripe_subscription_id").setParameter(1, w.value().toString()).getResultList();
        return rows.stream().map(r -> row(w, r)).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<CoachSubscription> lock(WorkspaceId w, String subscriptionId) {
        tenant.workspace(w);
        CreationLock.take(em, "billing_coach_subscription", w, subscriptionId);
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from billing_coach_subscription where workspace_id = cast(?1 as uuid) "
                + "and stripe_subscription_id = ?2 for update").setParameter(1, w.value().toString()).setParameter(2, subscriptionId).getResultList();
        return rows.stream().findFirst().map(r -> row(w, r));
    }

    private static CoachSubscription row(WorkspaceId w, Object[] r) {
        return new CoachSubscription(w, (String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], instant(r[5]),
                Boolean.TRUE.equals(r[6]), instant(r[7]), instant(r[8]), r[9] == null ? null : new StripeVersion(Rows.instant(r[9]), (String) r[10]));
    }

    @Override
    public void save(CoachSubscription s) {
        tenant.workspace(s.workspaceId());
        em.createNativeQuery("insert into billing_coach_subscription (workspace_id, " + COLUMNS + ") values (cast(?1 as uuid), ?2, ?3, ?4, ?5, ?6, "
                + "cast(?7 as timestamptz), ?8, cast(?9 as timestamptz), cast(?10 as timestamptz), cast(?11 as timestamptz), ?12) "
                + "on conflict (workspace_id, stripe_subscription_id) do update set stripe_customer_id = excluded.stripe_customer_id, "
                + "plan_key = excluded.plan_key, stripe_price_id = excluded.stripe_price_id, status = excluded.status, "
                + "current_period_end = excluded.current_period_end, cancel_at_period_end = excluded.cancel_at_period_end, "
                + "canceled_at = excluded.canceled_at, stripe_created = excluded.stripe_created, state_at = excluded.state_at, "
                + "state_event_id = excluded.state_event_id")
                .setParameter(1, s.workspaceId().value().toString()).setParameter(2, s.stripeSubscriptionId()).setParameter(3, s.customerId())
                .setParameter(4, s.planKey()).setParameter(5, s.stripePriceId()).setParameter(6, s.status())
                .setParameter(7, param(s.currentPeriodEnd())).setParameter(8, s.cancelAtPeriodEnd()).setParameter(9, param(s.canceledAt()))
                .setParameter(10, param(s.stripeCreated())).setParameter(11, s.version() == null ? null : Rows.param(s.version().created()))
                .setParameter(12, s.version() == null ? null : s.version().eventId()).executeUpdate();
    }

    private static Instant instant(Object value) {
        return value == null ? null : Rows.instant(value);
    }

    private static String param(Instant instant) {
        return instant == null ? null : Rows.param(instant);
    }
}
