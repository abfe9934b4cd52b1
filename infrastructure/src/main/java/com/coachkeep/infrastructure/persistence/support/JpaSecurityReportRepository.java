package com.coachkeep.infrastructure.persistence.support;

import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.shared.domain.EmailAddress;
import com.coachkeep.support.application.port.out.SecurityReportRepository;
import com.coachkeep.support.domain.SecurityReport;
import com.coachkeep.support.domain.SecurityReportId;
import com.coachkeep.support.domain.SecurityReportState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Optional;

/** Vulnerability reports in native SQL (platform data: no workspace setting applies). */
@ApplicationScoped
public class JpaSecurityReportRepository implements SecurityReportRepository {
    private static final String COLUMNS = "id, received_at, summary, details, reporter_email, affected_url, state, acknowledged_at, updated_at";

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;

    @Override
    public void add(SecurityReport r) {
        em.createNativeQuery("insert into security_report (" + COLUMNS + ") values (cast(?1 as uuid), ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
                .setParameter(1, r.id().toString()).setParameter(2, Persistence.toDb(r.receivedAt())).setParameter(3, r.summary())
                .setParameter(4, r.details()).setParameter(5, r.reporterEmail() == null ? null : r.reporterEmail().value())
                .setParameter(6, r.affectedUrl()).setParameter(7, r.state().name()).setParameter(8, Persistence.toDb(r.acknowledgedAt()))
                .setParameter(9, Persistence.toDb(r.updatedAt())).executeUpdate();
    }

    @Override
    public Optional<SecurityReport> find(SecurityReportId id) {
        return read(em.createNativeQuery("select " + COLUMNS + " from security_report where id = cast(?1 as uuid)")
                .setParameter(1, id.toString())).stream().findFirst();
    }

    @Override
    public void update(SecurityReport r) {
        em.createNativeQuery("update security_report set state = ?2, acknowledged_at = ?3, updated_at = ?4 where id = cast(?1 as uuid)")
                .setParameter(1, r.id().toString()).setParameter(2, r.state().name()).setParameter(3, Persistence.toDb(r.acknowledgedAt()))
                .setParameter(4, Persistence.toDb(r.updatedAt())).executeUpdate();
    }

    @Override
    public List<SecurityReport> list(SecurityReportState state, int limit) {
        Query q = state == null
                ? em.createNativeQuery("select " + COLUMNS + " from security_report order by received_at, id limit ?1").setParameter(1, limit)
                : em.createNativeQuery("select " + COLUMNS + " from security_report where state = ?2 order by received_at, id limit ?1")
                        .setParameter(1, limit).setParameter(2, state.name());
        return read(q);
    }

    @SuppressWarnings("unchecked")
    private static List<SecurityReport> read(Query q) {
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(r -> new SecurityReport(new SecurityReportId(SupportRows.uuid(r[0])), SupportRows.instant(r[1]),
                (String) r[2], (String) r[3], r[4] == null ? null : new EmailAddress((String) r[4]), (String) r[5],
                SecurityReportState.valueOf(((String) r[6]).strip()), SupportRows.instant(r[7]), SupportRows.instant(r[8]))).toList();
    }
}
