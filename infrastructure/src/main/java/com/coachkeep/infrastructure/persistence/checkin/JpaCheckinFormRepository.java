package com.coachkeep.infrastructure.persistence.checkin;

import com.coachkeep.checkin.application.port.out.CheckinFormRepository;
import com.coachkeep.checkin.domain.CheckinForm;
import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.infrastructure.persistence.shared.Rows;
import com.coachkeep.infrastructure.persistence.shared.TenantScope;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Form versions, one row each (never updated). */
@ApplicationScoped
public class JpaCheckinFormRepository implements CheckinFormRepository {
    static final String COLUMNS = "id, version, name, questions, created_by, created_at";

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;

    @Override
    @SuppressWarnings("unchecked")
    public Optional<CheckinForm> latest(WorkspaceId workspaceId, UUID formId) {
        tenant.workspace(workspaceId);
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from checkin_form where workspace_id = ?1 and id = ?2 "
                + "order by version desc limit 1").setParameter(1, workspaceId.value()).setParameter(2, formId).getResultList();
        return rows.stream().findFirst().map(r -> toDomain(workspaceId, r));
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<CheckinForm> version(WorkspaceId workspaceId, UUID formId, int version) {
        tenant.workspace(workspaceId);
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from checkin_form where workspace_id = ?1 and id = ?2 and version = ?3")
                .setParameter(1, workspaceId.value()).setParameter(2, formId).setParameter(3, version).getResultList();
        return rows.stream().findFirst().map(r -> toDomain(workspaceId, r));
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<CheckinForm> latestOfEach(WorkspaceId workspaceId) {
        tenant.workspace(workspaceId);
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from (select distinct on (id) " + COLUMNS
                + " from checkin_form where workspace_id = ?1 order by id, version desc) f order by name, id")
                .setParameter(1, workspaceId.value()).getResultList();
        return rows.stream().map(r -> toDomain(workspaceId, r)).toList();
    }

    @Override
    public void add(CheckinForm f) {
        tenant.workspace(f.workspaceId());
        em.createNativeQuery("insert into checkin_form (workspace_id, " + COLUMNS + ") values (?1, ?2, ?3, ?4, ?5, cast(?6 as uuid), ?7)")
                .setParameter(1, f.workspaceId().value()).setParameter(2, f.id()).setParameter(3, f.version()).setParameter(4, f.name())
                .setParameter(5, CheckinSql.questionsJson(f.questions())).setParameter(6, CheckinSql.personParam(f.createdBy()))
                .setParameter(7, Persistence.toDb(f.createdAt())).executeUpdate();
    }

    private static CheckinForm toDomain(WorkspaceId workspaceId, Object[] r) {
        return new CheckinForm(Rows.uuid(r[0]), workspaceId, ((Number) r[1]).intValue(), Rows.text(r[2]), CheckinSql.questions(Rows.text(r[3])), false,
                CheckinSql.person(r[4]), Rows.instant(r[5]));
    }
}
