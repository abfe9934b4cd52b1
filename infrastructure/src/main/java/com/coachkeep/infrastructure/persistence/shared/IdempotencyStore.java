package com.coachkeep.infrastructure.persistence.shared;

import com.coachkeep.infrastructure.crypto.FieldCipher;
import com.coachkeep.infrastructure.crypto.FieldLocation;
import com.coachkeep.privacy.domain.DataSubject;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Remembers creating requests by (workspace, caller, Idempotency-Key). A key is claimed, the request runs and the
 * claim is completed with its response, all in the request's one transaction: a request that fails leaves nothing,
 * and a concurrent retry waits on the claimed row. (A claim without a response can only be a leftover of an older
 * version, which completed in a transaction of its own; it is freed after {@link #ABANDONED}.) Records are kept for
 * {@link #RETENTION}, then purged by the expiry job.
 *
 * <p>The response body is stored only as ciphertext under the data key of the subject it belongs to (the workspace,
 * or the client it is about): a dump of the table reveals none of it, and erasing the subject shreds it in every
 * backup at once. A request outside any workspace (founding one) is recorded under {@link #NO_WORKSPACE}.
 */
@ApplicationScoped
@Transactional
public class IdempotencyStore {
    public static final Duration RETENTION = Duration.ofHours(24);
    /** The workspace of a record made outside any workspace, as the platform audit trail does. */
    public static final WorkspaceId NO_WORKSPACE = new WorkspaceId(new UUID(0, 0));
    static final String TABLE = "idempotency_record";
    static final Duration ABANDONED = Duration.ofMinutes(2);

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;
    @Inject
    FieldCipher cipher;

    /**
     * What is stored under a key: the request's fingerprint and, once complete, the response. {@code body} is empty
     * when the response had none, and also when its subject was erased since (the key is destroyed).
     */
    public record Stored(String requestHash, Integer status, String location, String etag, Optional<String> body,
            boolean erased) {
        public boolean complete() {
            return status != null;
        }
    }

    /** Claims the key; empty when it was free (the caller proceeds), otherwise what was stored under it. */
    public Optional<Stored> claim(WorkspaceId workspace, PersonId caller, String key, String requestHash) {
        scope(workspace, caller);
        String scope = caller.value().toString();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        em.createNativeQuery("delete from idempotency_record where workspace_id = ?1 and scope = ?2 and idem_key = ?3 and "
                        + "((status_code is null and created_at < ?4) or created_at < ?5)")
                .setParameter(1, workspace.value()).setParameter(2, scope).setParameter(3, key)
                .setParameter(4, now.minus(ABANDONED)).setParameter(5, now.minus(RETENTION))
                .executeUpdate();
        int inserted = em.createNativeQuery("insert into idempotency_record (workspace_id, scope, idem_key, request_hash, created_at) "
                        + "values (?1, ?2, ?3, ?4, ?5) on conflict do nothing")
                .setParameter(1, workspace.value()).setParameter(2, scope).setParameter(3, key)
                .setParameter(4, requestHash).setParameter(5, now)
                .executeUpdate();
        if (inserted == 1) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select request_hash, status_code, location, etag, subject_kind, subject_id, "
                        + "body_ciphertext from idempotency_record where workspace_id = ?1 and scope = ?2 and idem_key = ?3")
                .setParameter(1, workspace.value()).setParameter(2, scope).setParameter(3, key).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = rows.get(0);
        Integer status = r[1] == null ? null : ((Number) r[1]).intValue();
        Optional<String> body = Optional.empty();
        boolean erased = false;
        if (r[6] != null) {
            DataSubject subject = subject(workspace, DataSubject.Kind.valueOf(((String) r[4]).strip()), (UUID) r[5]);
            body = cipher.decrypt(location(subject, workspace, caller, key), (byte[]) r[6]);
            erased = body.isEmpty();
        }
        return Optional.of(new Stored(((String) r[0]).strip(), status, (String) r[2], (String) r[3], body, erased));
    }

    /** Stores the response of a claimed key, its body encrypted under the subject's data key. */
    public void complete(WorkspaceId workspace, PersonId caller, String key, int status, String location, String etag,
            DataSubject subject, String body) {
        byte[] ciphertext = body == null ? null : cipher.encrypt(location(subject, workspace, caller, key), body);
        scope(workspace, caller);
        em.createNativeQuery("update idempotency_record set status_code = ?4, location = ?5, etag = ?6, subject_kind = ?7, "
                        + "subject_id = ?8, body_ciphertext = ?9 where workspace_id = ?1 and scope = ?2 and idem_key = ?3")
                .setParameter(1, workspace.value()).setParameter(2, caller.value().toString()).setParameter(3, key)
                .setParameter(4, status).setParameter(5, location).setParameter(6, etag)
                .setParameter(7, subject.kind().name()).setParameter(8, subject.id()).setParameter(9, ciphertext)
                .executeUpdate();
    }

    /** Deletes every record older than {@link #RETENTION}, across workspaces (as the schema owner); returns how many. */
    public long purgeExpired() {
        return ((Number) em.createNativeQuery("select purge_expired_idempotency_records()").getSingleResult()).longValue();
    }

    private void scope(WorkspaceId workspace, PersonId caller) {
        tenant.person(caller);
        if (!workspace.equals(NO_WORKSPACE)) {
            tenant.workspace(workspace);
        }
    }

    private static DataSubject subject(WorkspaceId workspace, DataSubject.Kind kind, UUID id) {
        return kind == DataSubject.Kind.CLIENT ? DataSubject.client(workspace, new ClientId(id)) : DataSubject.workspace(new WorkspaceId(id));
    }

    /** The body's place, bound into its ciphertext: a body copied to another record or subject does not decrypt. */
    private static FieldLocation location(DataSubject subject, WorkspaceId workspace, PersonId caller, String key) {
        UUID row = UUID.nameUUIDFromBytes((workspace.value() + "|" + caller.value() + "|" + key).getBytes(StandardCharsets.UTF_8));
        return new FieldLocation(subject, TABLE, "body_ciphertext", row);
    }
}
