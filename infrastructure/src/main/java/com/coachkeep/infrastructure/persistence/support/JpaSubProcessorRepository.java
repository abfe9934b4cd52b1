package com.coachkeep.infrastructure.persistence.support;

import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.support.application.port.out.SubProcessorRepository;
import com.coachkeep.support.domain.SubProcessor;
import com.coachkeep.support.domain.SubProcessorId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The sub-processor list in native SQL (platform data: no workspace setting applies). */
@ApplicationScoped
public class JpaSubProcessorRepository implements SubProcessorRepository {
    private static final String COLUMNS = "id, service, purpose, region, data_categories, since, retired_at, updated_at";

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;

    @Override
    public void add(SubProcessor s) {
        em.createNativeQuery("insert into sub_processor (" + COLUMNS + ") values (cast(?1 as uuid), ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                .setParameter(1, s.id().toString()).setParameter(2, s.service()).setParameter(3, s.purpose())
                .setParameter(4, s.region()).setParameter(5, s.dataCategories()).setParameter(6, java.sql.Date.valueOf(s.since()))
                .setParameter(7, Persistence.toDb(s.retiredAt())).setParameter(8, Persistence.toDb(s.updatedAt())).executeUpdate();
    }

    @Override
    public Optional<SubProcessor> find(SubProcessorId id) {
        return read(em.createNativeQuery("select " + COLUMNS + " from sub_processor where id = cast(?1 as uuid)")
                .setParameter(1, id.toString())).stream().findFirst();
    }

    @Override
    public void update(SubProcessor s) {
        em.createNativeQuery("update sub_processor set purpose = ?2, region = ?3, data_categories = ?4, retired_at = ?5, updated_at = ?6 "
                        + "where id = cast(?1 as uuid)")
                .setParameter(1, s.id().toString()).setParameter(2, s.purpose()).setParameter(3, s.region())
                .setParameter(4, s.dataCategories()).setParameter(5, Persistence.toDb(s.retiredAt()))
                .setParameter(6, Persistence.toDb(s.updatedAt())).executeUpdate();
    }

    @Override
    public List<SubProcessor> listCurrent() {
        return read(em.createNativeQuery("select " + COLUMNS + " from sub_processor where retired_at is null order by lower(service), id"));
    }

    @Override
    public Optional<Instant> lastChanged() {
        return Optional.ofNullable(SupportRows.instant(em.createNativeQuery("select max(updated_at) from sub_processor").getSingleResult()));
    }

    @SuppressWarnings("unchecked")
    private static List<SubProcessor> read(Query q) {
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(r -> new SubProcessor(new SubProcessorId(SupportRows.uuid(r[0])), (String) r[1], (String) r[2],
                (String) r[3], (String) r[4], SupportRows.date(r[5]), SupportRows.instant(r[6]), SupportRows.instant(r[7]))).toList();
    }
}
