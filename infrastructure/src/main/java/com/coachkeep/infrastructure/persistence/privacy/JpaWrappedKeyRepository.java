package com.coachkeep.infrastructure.persistence.privacy;

import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.infrastructure.persistence.shared.TenantScope;
import com.coachkeep.privacy.application.port.out.WrappedKeyRepository;
import com.coachkeep.privacy.domain.DataSubject;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.privacy.domain.KeyPurpose;
import com.coachkeep.privacy.domain.WrappedKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@code keystore.data_key}, through native SQL: the application role may read and add keys and destroy them
 * (its only update; a trigger refuses any other), never delete or replace one.
 */
@ApplicationScoped
public class JpaWrappedKeyRepository implements WrappedKeyRepository {
    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;

    @Override
    public Optional<WrappedKey> find(DataSubject subject, KeyPurpose purpose) {
        tenant.workspace(subject.workspaceId());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select wrapped_key, created_at, destroyed_at from keystore.data_key "
                        + "where workspace_id = ?1 and subject_kind = ?2 and subject_id = ?3 and purpose = ?4")
                .setParameter(1, subject.workspaceId().value()).setParameter(2, subject.kind().name())
                .setParameter(3, subject.id()).setParameter(4, purpose.name())
                .getResultList();
        return rows.stream().findFirst()
                .map(r -> new WrappedKey(subject, purpose, (byte[]) r[0], Persistence.instantOf(r[1]), r[2] == null ? null : Persistence.instantOf(r[2])));
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public WrappedKey addIfAbsent(WrappedKey key) {
        DataSubject subject = key.subject();
        tenant.workspace(subject.workspaceId());
        em.createNativeQuery("insert into keystore.data_key (workspace_id, subject_kind, subject_id, purpose, wrapped_key, created_at) "
                        + "values (?1, ?2, ?3, ?4, ?5, ?6) on conflict do nothing")
                .setParameter(1, subject.workspaceId().value()).setParameter(2, subject.kind().name())
                .setParameter(3, subject.id()).setParameter(4, key.purpose().name())
                .setParameter(5, key.material()).setParameter(6, Timestamp.from(key.createdAt()))
                .executeUpdate();
        return find(subject, key.purpose()).orElseThrow(() -> new IllegalStateException("a data key was stored but is not visible"));
    }

    @Override
    public int destroyAll(DataSubject subject, Instant now) {
        tenant.workspace(subject.workspaceId());
        int destroyed = em.createNativeQuery("update keystore.data_key set wrapped_key = null, destroyed_at = ?4 "
                        + "where workspace_id = ?1 and subject_kind = ?2 and subject_id = ?3 and destroyed_at is null")
                .setParameter(1, subject.workspaceId().value()).setParameter(2, subject.kind().name())
                .setParameter(3, subject.id()).setParameter(4, Timestamp.from(now))
                .executeUpdate();
        for (KeyPurpose purpose : KeyPurpose.values()) {
            // a marker for purposes that never had a key, so that none is created afterwards
            em.createNativeQuery("insert into keystore.data_key (workspace_id, subject_kind, subject_id, purpose, created_at, destroyed_at) "
                            + "values (?1, ?2, ?3, ?4, ?5, ?6) on conflict do nothing")
                    .setParameter(1, subject.workspaceId().value()).setParameter(2, subject.kind().name())
                    .setParameter(3, subject.id()).setParameter(4, purpose.name())
                    .setParameter(5, Timestamp.from(now)).setParameter(6, Timestamp.from(now))
                    .executeUpdate();
        }
        return destroyed;
    }

    @Override
    public int destroyAllOfWorkspace(WorkspaceId workspaceId, Instant now) {
        tenant.workspace(workspaceId);
        int destroyed = em.createNativeQuery("update keystore.data_key set wrapped_key = null, destroyed_at = ?2 "
                        + "where workspace_id = ?1 and destroyed_at is null")
                .setParameter(1, workspaceId.value()).setParameter(2, Timestamp.from(now))
                .executeUpdate();
        return destroyed + destroyAll(DataSubject.workspace(workspaceId), now);
    }
}
