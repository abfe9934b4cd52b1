package com.coachkeep.infrastructure.persistence.support;

import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.support.application.port.out.AbuseFlagRepository;
import com.coachkeep.support.domain.AbuseFlag;
import com.coachkeep.support.domain.AbuseFlagId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Optional;

/**
 * Abuse flags in native SQL (platform data: no workspace setting applies). The partial unique index
 * {@code abuse_flag_open_uq} keeps one open flag per limit and subject, also when two nodes raise at once.
 */
@ApplicationScoped
public class JpaAbuseFlagRepository implements AbuseFlagRepository {
    private static final String COLUMNS = "id, limit_name, subject_kind, subject, operation, raised_at, last_seen_at, crossings, state, "
            + "acknowledged_at, acknowledged_by, reason";

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;

    @Override
    public boolean addIfNoneOpen(AbuseFlag f) {
        int added = em.createNativeQuery("insert into abuse_flag (" + COLUMNS + ") values (cast(?1 as uuid), ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
                + "?10, ?11, ?12) on conflict (limit_name, subject_kind, subject) where state = 'OPEN' do nothing")
                .setParameter(1, f.id().toString()).setParameter(2, f.limit()).setParameter(3, f.subjectKind().name())
                .setParameter(4, f.subject()).setParameter(5, f.operation()).setParameter(6, Persistence.toDb(f.raisedAt()))
                .setParameter(7, Persistence.toDb(f.lastSeenAt())).setParameter(8, f.crossings()).setParameter(9, f.state().name())
                .setParameter(10, Persistence.toDb(f.acknowledgedAt())).setParameter(11, f.acknowledgedBy()).setParameter(12, f.reason())
                .executeUpdate();
        return added == 1;
    }

    @Override
    public Optional<AbuseFlag> findOpen(String limit, AbuseFlag.SubjectKind kind, String subject) {
        return read(em.createNativeQuery("select " + COLUMNS + " from abuse_flag where state = 'OPEN' and limit_name = ?1 and subject_kind = ?2 "
                + "and subject = ?3").setParameter(1, limit).setParameter(2, kind.name()).setParameter(3, subject)).stream().findFirst();
    }

    @Override
    public Optional<AbuseFlag> find(AbuseFlagId id) {
        return read(em.createNativeQuery("select " + COLUMNS + " from abuse_flag where id = cast(?1 as uuid)").setParameter(1, id.toString()))
                .stream().findFirst();
    }

    @Override
    public void update(AbuseFlag f) {
        em.createNativeQuery("update abuse_flag set last_seen_at = ?2, crossings = ?3, state = ?4, acknowledged_at = ?5, acknowledged_by = ?6, "
                + "reason = ?7 where id = cast(?1 as uuid)")
                .setParameter(1, f.id().toString()).setParameter(2, Persistence.toDb(f.lastSeenAt())).setParameter(3, f.crossings())
                .setParameter(4, f.state().name()).setParameter(5, Persistence.toDb(f.acknowledgedAt())).setParameter(6, f.acknowledgedBy())
                .setParameter(7, f.reason()).executeUpdate();
    }

    @Override
    public List<AbuseFlag> list(boolean openOnly, int limit) {
        return read(em.createNativeQuery("select " + COLUMNS + " from abuse_flag" + (openOnly ? " where state = 'OPEN'" : "")
                + " order by raised_at desc, id limit ?1").setParameter(1, limit));
    }

    @SuppressWarnings("unchecked")
    private static List<AbuseFlag> read(Query q) {
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(r -> new AbuseFlag(new AbuseFlagId(SupportRows.uuid(r[0])), (String) r[1],
                AbuseFlag.SubjectKind.valueOf((String) r[2]), (String) r[3], (String) r[4], SupportRows.instant(r[5]), SupportRows.instant(r[6]),
                ((Number) r[7]).intValue(), AbuseFlag.State.valueOf((String) r[8]), SupportRows.instant(r[9]), (String) r[10], (String) r[11]))
                .toList();
    }
}
