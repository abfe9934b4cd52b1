package com.coachkeep.infrastructure.persistence.billing;

import com.coachkeep.billing.application.port.out.ClientSubscriptionRepository;
import com.coachkeep.billing.domain.ClientSubscription;
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
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@code billing_subscription} (linked to clients through {@code billing_checkout}) and {@code billing_access_settings}. */
@ApplicationScoped
public class JpaClientSubscriptionRepository implements ClientSubscriptionRepository {
    static final String COLUMNS = "stripe_subscription_id, stripe_account_id, stripe_customer_id, status, stripe_price_id, current_period_end, "
            + "cancel_at_period_end, pause_behavior, pause_resumes_at, paused_since, state_at, state_event_id, failing_since, failing_invoice_id, "
            + "next_retry_at, standing_at, standing_event_id";

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;

    @Override
    @SuppressWarnings("unchecked")
    public Optional<ClientSubscription> lock(WorkspaceId w, String subscriptionId) {
        tenant.workspace(w);
        CreationLock.take(em, "billing_subscription", w, subscriptionId);
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from billing_subscription where workspace_id = cast(?1 as uuid) "
                + "and stripe_subscription_id = ?2 for update").setParameter(1, w.value().toString()).setParameter(2, subscriptionId).getResultList();
        return rows.stream().findFirst().map(r -> row(w, r, 0));
    }

    @Override
    public void save(ClientSubscription s) {
        tenant.workspace(s.workspaceId());
        em.createNativeQuery("insert into billing_subscription (workspace_id, " + COLUMNS + ") values (cast(?1 as uuid), ?2, ?3, ?4, ?5, ?6, "
                + "cast(?7 as timestamptz), ?8, ?9, cast(?10 as timestamptz), cast(?11 as timestamptz), cast(?12 as timestamptz), ?13, "
                + "cast(?14 as timestamptz), ?15, cast(?16 as timestamptz), cast(?17 as timestamptz), ?18) on conflict (workspace_id, stripe_subscription_id) "
                + "do update set stripe_account_id = excluded.stripe_account_id, stripe_customer_id = excluded.stripe_customer_id, status = excluded.status, "
                + "stripe_price_id = excluded.stripe_price_id, current_period_end = excluded.current_period_end, "
                + "cancel_at_period_end = excluded.cancel_at_period_end, pause_behavior = excluded.pause_behavior, "
                + "pause_resumes_at = excluded.pause_resumes_at, paused_since = excluded.paused_since, state_at = excluded.state_at, "
                + "state_event_id = excluded.state_event_id, failing_since = excluded.failing_since, failing_invoice_id = excluded.failing_invoice_id, "
                + "next_retry_at = excluded.next_retry_at, standing_at = excluded.standing_at, standing_event_id = excluded.standing_event_id")
                .setParameter(1, s.workspaceId().value().toString()).setParameter(2, s.subscriptionId()).setParameter(3, s.accountId())
                .setParameter(4, s.customerId()).setParameter(5, s.status()).setParameter(6, s.priceId()).setParameter(7, p(s.currentPeriodEnd()))
                .setParameter(8, s.cancelAtPeriodEnd()).setParameter(9, s.pauseBehavior()).setParameter(10, p(s.pauseResumesAt()))
                .setParameter(11, p(s.pausedSince())).setParameter(12, s.version() == null ? null : p(s.version().created()))
                .setParameter(13, s.version() == null ? null : s.version().eventId()).setParameter(14, p(s.failingSince()))
                .setParameter(15, s.failingInvoiceId()).setParameter(16, p(s.nextRetry()))
                .setParameter(17, s.standingVersion() == null ? null : p(s.standingVersion().created()))
                .setParameter(18, s.standingVersion() == null ? null : s.standingVersion().eventId()).executeUpdate();
    }

    @Override
    public List<ClientSubscription> ofClient(WorkspaceId w, UUID clientId) {
        return ofClients(w, List.of(clientId)).getOrDefault(clientId, List.of());
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<UUID, List<ClientSubscription>> ofClients(WorkspaceId w, Collection<UUID> clientIds) {
        Map<UUID, List<ClientSubscription>> out = new LinkedHashMap<>();
        if (clientIds.isEmpty()) {
            return out;
        }
        tenant.workspace(w);
        List<Object[]> rows = em.createNativeQuery("select distinct c.client_id, s." + COLUMNS.replace(", ", ", s.") + " from billing_subscription s "
                + "join billing_checkout c on c.workspace_id = s.workspace_id and c.stripe_subscription_id = s.stripe_subscription_id "
                + "where s.workspace_id = cast(?1 as uuid) and c.client_id = any (cast(string_to_array(?2, ',') as uuid[])) order by s.state_at desc nulls last")
                .setParameter(1, w.value().toString())
                .setParameter(2, String.join(",", clientIds.stream().map(UUID::toString).toList())).getResultList();
        for (Object[] r : rows) {
            out.computeIfAbsent(Rows.uuid(r[0]), k -> new ArrayList<>()).add(row(w, r, 1));
        }
        return out;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<UUID> clientOf(WorkspaceId w, String subscriptionId) {
        tenant.workspace(w);
        List<Object> rows = em.createNativeQuery("select client_id from billing_checkout where workspace_id = cast(?1 as uuid) "
                + "and stripe_subscription_id = ?2 order by created_at desc limit 1").setParameter(1, w.value().toString())
                .setParameter(2, subscriptionId).getResultList();
        return rows.stream().findFirst().map(Rows::uuid);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<OfferRef> offerOfPrice(WorkspaceId w, String priceId) {
        tenant.workspace(w);
        List<Object[]> rows = em.createNativeQuery("select id, name from billing_offer where workspace_id = cast(?1 as uuid) and stripe_price_id = ?2 "
                + "order by created_at desc limit 1").setParameter(1, w.value().toString()).setParameter(2, priceId).getResultList();
        return rows.stream().findFirst().map(r -> new OfferRef(Rows.uuid(r[0]), (String) r[1]));
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<Integer> gracePeriodDays(WorkspaceId w) {
        tenant.workspace(w);
        List<Object> rows = em.createNativeQuery("select grace_period_days from billing_access_settings where workspace_id = cast(?1 as uuid)")
                .setParameter(1, w.value().toString()).getResultList();
        return rows.stream().findFirst().map(o -> ((Number) o).intValue());
    }

    @Override
    public void saveGracePeriodDays(WorkspaceId w, int days, Instant at) {
        tenant.workspace(w);
        em.createNativeQuery("insert into billing_access_settings (workspace_id, grace_period_days, updated_at) values (cast(?1 as uuid), ?2, "
                + "cast(?3 as timestamptz)) on conflict (workspace_id) do update set grace_period_days = excluded.grace_period_days, "
                + "updated_at = excluded.updated_at").setParameter(1, w.value().toString()).setParameter(2, days).setParameter(3, Rows.param(at))
                .executeUpdate();
    }

    private static String p(Instant i) {
        return i == null ? null : Rows.param(i);
    }

    private static ClientSubscription row(WorkspaceId w, Object[] r, int o) {
        return new ClientSubscription(w, (String) r[o], (String) r[o + 1], (String) r[o + 2], (String) r[o + 3], (String) r[o + 4],
                r[o + 5] == null ? null : Rows.instant(r[o + 5]), Boolean.TRUE.equals(r[o + 6]), (String) r[o + 7],
                r[o + 8] == null ? null : Rows.instant(r[o + 8]), r[o + 9] == null ? null : Rows.instant(r[o + 9]),
                r[o + 10] == null ? null : new StripeVersion(Rows.instant(r[o + 10]), (String) r[o + 11]),
                r[o + 12] == null ? null : Rows.instant(r[o + 12]), (String) r[o + 13], r[o + 14] == null ? null : Rows.instant(r[o + 14]),
                r[o + 15] == null ? null : new StripeVersion(Rows.instant(r[o + 15]), (String) r[o + 16]));
    }
}
