package com.coachkeep.infrastructure.persistence.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Remembers creating requests by (caller, Idempotency-Key). A key is first claimed, then completed with the
 * response; a claim whose request died without completing is released after {@link #ABANDONED}. Records
 * are kept for {@link #RETENTION}. Each call is its own transaction, apart from the request's own work.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class IdempotencyStore {
    public static final Duration RETENTION = Duration.ofHours(24);
    static final Duration ABANDONED = Duration.ofMinutes(2);

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @jakarta.inject.Inject
    TenantScope tenant;

    /** What is stored under a key: the request's fingerprint and, once complete, the response. */
    public record Stored(String requestHash, Integer status, String location, String etag, String body) {
        public boolean complete() {
            return status != null;
        }
    }

    /** Claims the key; empty when it was free (the caller proceeds), otherwise what was stored under it. */
    public Optional<Stored> claim(String scope, String key, String requestHash) {
        tenant.person(new com.coachkeep.shared.domain.PersonId(java.util.UUID.fromString(scope)));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        em.createNativeQuery("delete from idempotency_record where scope = ?1 and idem_key = ?2 and "
                        + "((status_code is null and created_at < ?3) or created_at < ?4)")
                .setParameter(1, scope).setParameter(2, key)
                .setParameter(3, now.minus(ABANDONED)).setParameter(4, now.minus(RETENTION))
                .executeUpdate();
        int inserted = em.createNativeQuery("insert into idempotency_record (scope, idem_key, request_hash, created_at) "
                        + "values (?1, ?2, ?3, ?4) on conflict do nothing")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, requestHash).setParameter(4, now)
                .executeUpdate();
        if (inserted == 1) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select request_hash, status_code, location, etag, body from idempotency_record "
                        + "where scope = ?1 and idem_key = ?2")
                .setParameter(1, scope).setParameter(2, key).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = rows.get(0);
        return Optional.of(new Stored(((String) r[0]).strip(), r[1] == null ? null : ((Number) r[1]).intValue(),
                (String) r[2], (String) r[3], (String) r[4]));
    }

    public void complete(String scope, String key, int status, String location, String etag, String body) {
        tenant.person(new com.coachkeep.shared.domain.PersonId(java.util.UUID.fromString(scope)));
        em.createNativeQuery("update idempotency_record set status_code = ?3, location = ?4, etag = ?5, body = ?6 "
                        + "where scope = ?1 and idem_key = ?2")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, status)
                .setParameter(4, location).setParameter(5, etag).setParameter(6, body)
                .executeUpdate();
    }

    /** Frees a key whose request failed, so that a retry runs again. */
    public void release(String scope, String key) {
        tenant.person(new com.coachkeep.shared.domain.PersonId(java.util.UUID.fromString(scope)));
        em.createNativeQuery("delete from idempotency_record where scope = ?1 and idem_key = ?2 and status_code is null")
                .setParameter(1, scope).setParameter(2, key).executeUpdate();
    }
}
