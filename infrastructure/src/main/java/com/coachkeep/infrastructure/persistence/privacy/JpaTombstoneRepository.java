package com.coachkeep.infrastructure.persistence.privacy;

import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.infrastructure.persistence.shared.TenantScope;
import com.coachkeep.privacy.application.port.out.TombstoneRepository;
import com.coachkeep.privacy.domain.AccountTombstone;
import com.coachkeep.privacy.domain.DataSubject;
import com.coachkeep.privacy.domain.Tombstone;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import java.util.List;
import java.util.UUID;
import java.util.Optional;

/** Tombstones in {@code keystore.tombstone}, beside the keys and outside the data's backups. */
@ApplicationScoped
public class JpaTombstoneRepository implements TombstoneRepository {
    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;

    @Override
    public void add(Tombstone t) {
        tenant.workspace(t.workspaceId());
        em.createNativeQuery("insert into keystore.tombstone (workspace_id, kind, subject_id, deleted_at) "
                        + "values (?1, ?2, ?3, cast(?4 as timestamptz)) on conflict do nothing")
                .setParameter(1, t.workspaceId().value()).setParameter(2, t.kind().name()).setParameter(3, t.subjectId())
                .setParameter(4, Persistence.text(t.deletedAt()))
                .executeUpdate();
    }

    @Override
    public void addAccount(AccountTombstone t) {
        em.createNativeQuery("insert into keystore.account_tombstone (person_id, deleted_at) values (?1, cast(?2 as timestamptz)) "
                        + "on conflict do nothing")
                .setParameter(1, t.personId().value()).setParameter(2, Persistence.text(t.deletedAt())).executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<AccountTombstone> accounts() {
        List<Object[]> rows = em.createNativeQuery("select person_id::text, deleted_at from keystore.account_tombstone "
                + "order by deleted_at, person_id").getResultList();
        return rows.stream().map(r -> new AccountTombstone(new PersonId(UUID.fromString((String) r[0])),
                Persistence.instantOf(r[1]))).toList();
    }

    @Override
    public Optional<Tombstone> find(DataSubject subject) {
        tenant.workspace(subject.workspaceId());
        List<?> rows = em.createNativeQuery("select deleted_at from keystore.tombstone "
                        + "where workspace_id = ?1 and kind = ?2 and subject_id = ?3")
                .setParameter(1, subject.workspaceId().value()).setParameter(2, subject.kind().name()).setParameter(3, subject.id())
                .getResultList();
        return rows.stream().findFirst().map(r -> new Tombstone(subject, Persistence.instantOf(r)));
    }

    @Override
    public List<Tombstone> all() {
        List<Object[]> rows = tenant.deletionReplay().rows("select workspace_id::text, kind, subject_id::text, deleted_at "
                + "from keystore.tombstone order by deleted_at, workspace_id, kind, subject_id");
        return rows.stream().map(r -> {
            WorkspaceId workspace = new WorkspaceId(UUID.fromString((String) r[0]));
            DataSubject subject = DataSubject.Kind.valueOf((String) r[1]) == DataSubject.Kind.WORKSPACE
                    ? DataSubject.workspace(workspace)
                    : DataSubject.client(workspace, new ClientId(UUID.fromString((String) r[2])));
            return new Tombstone(subject, Persistence.instantOf(r[3]));
        }).toList();
    }
}
