package com.coachkeep.infrastructure.persistence.billing;

import com.coachkeep.billing.application.port.in.WebhookSource;
import com.coachkeep.billing.application.port.out.BillingInboxRepository;
import com.coachkeep.billing.application.port.out.WebhookVerifierPort.VerifiedEvent;
import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.infrastructure.persistence.shared.Rows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The webhook inbox, {@code billing_webhook_event}: one row per event id (its primary key; a repeated delivery inserts
 * nothing), pending until applied, its payload cleared once applied and kept when it could not be.
 */
@ApplicationScoped
public class JpaBillingInboxRepository implements BillingInboxRepository {
    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;

    @Override
    public boolean storeOnce(WebhookSource source, VerifiedEvent e, String payload, Instant receivedAt) {
        return em.createNativeQuery("insert into billing_webhook_event (event_id, source, type, account, stripe_created, received_at, payload, status) "
                + "values (?1, ?2, ?3, ?4, cast(?5 as timestamptz), cast(?6 as timestamptz), ?7, 'pending') on conflict (event_id) do nothing")
                .setParameter(1, e.id()).setParameter(2, source.wireName()).setParameter(3, e.type()).setParameter(4, e.account())
                .setParameter(5, Rows.param(e.created())).setParameter(6, Rows.param(receivedAt)).setParameter(7, payload)
                .executeUpdate() == 1;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> pending(int max) {
        return ((List<Object>) em.createNativeQuery("select event_id from billing_webhook_event where status = 'pending' "
                + "and (next_attempt_at is null or next_attempt_at <= clock_timestamp()) order by received_at, event_id limit ?1").setParameter(1, max).getResultList()).stream().map(Object::toString).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<StoredEvent> lockPending(String id) {
        List<Object[]> rows = em.createNativeQuery("select event_id, source, type, account, stripe_created, payload from billing_webhook_event "
                + "where event_id = ?1 and status = 'pending' for update skip locked").setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(r -> new StoredEvent((String) r[0], WebhookSource.valueOf(((String) r[1]).toUpperCase(Locale.ROOT)),
                (String) r[2], (String) r[3], Rows.instant(r[4]), (String) r[5]));
    }

    @Override
    public void markDone(String id, boolean ignored, Instant at) {
        em.createNativeQuery("update billing_webhook_event set status = ?2, payload = null, error = null, attempts = attempts + 1, "
                + "processed_at = cast(?3 as timestamptz) where event_id = ?1").setParameter(1, id).setParameter(2, ignored ? "ignored" : "processed")
                .setParameter(3, Rows.param(at)).executeUpdate();
    }

    @Override
    public void markFailed(String id, String error, Instant at) {
        em.createNativeQuery("update billing_webhook_event set status = 'failed', error = ?2, attempts = attempts + 1, "
                + "processed_at = cast(?3 as timestamptz) where event_id = ?1").setParameter(1, id)
                .setParameter(2, error.length() > 2000 ? error.substring(0, 2000) : error).setParameter(3, Rows.param(at)).executeUpdate();
    }

    @Override
    public int attempts(String id) {
        Object n = em.createNativeQuery("select attempts from billing_webhook_event where event_id = ?1").setParameter(1, id).getSingleResult();
        return ((Number) n).intValue();
    }

    @Override
    public void retryLater(String id, String error, Instant at, Instant retryAt) {
        em.createNativeQuery("update billing_webhook_event set error = ?2, attempts = attempts + 1, processed_at = cast(?3 as timestamptz), "
                + "next_attempt_at = cast(?4 as timestamptz) where event_id = ?1 and status = 'pending'").setParameter(1, id)
                .setParameter(2, error.length() > 2000 ? error.substring(0, 2000) : error).setParameter(3, Rows.param(at))
                .setParameter(4, Rows.param(retryAt)).executeUpdate();
    }
}
