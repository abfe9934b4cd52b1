package com.coachkeep.infrastructure.persistence.training;

import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.infrastructure.persistence.shared.Rows;
import com.coachkeep.infrastructure.persistence.shared.TenantScope;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.StaleVersionException;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.training.application.port.out.AssignedProgramRepository;
import com.coachkeep.training.domain.AssignedProgram;
import com.coachkeep.training.domain.AssignedProgramId;
import com.coachkeep.training.domain.ProgramSchedule;
import com.coachkeep.training.domain.ProgramTemplateId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Clients' programs ({@code assigned_program}): the copy of a template version, its plan as jsonb. */
@ApplicationScoped
public class JpaAssignedProgramRepository implements AssignedProgramRepository {
    static final String COLUMNS = "id, workspace_id, client_id, template_id, template_version, name, start_date::text, plan::text, "
            + "assigned_by, created_at, updated_at, version, schedule";

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;

    @Override
    public void add(AssignedProgram p) {
        tenant.workspace(p.workspaceId());
        em.createNativeQuery("insert into assigned_program (id, workspace_id, client_id, template_id, template_version, name, "
                        + "start_date, plan, assigned_by, created_at, updated_at, version, schedule) values (?1, ?2, ?3, ?4, ?5, ?6, "
                        + "cast(?7 as date), cast(?8 as jsonb), cast(?9 as uuid), cast(?10 as timestamptz), cast(?11 as timestamptz), ?12, ?13)")
                .setParameter(1, p.id().value()).setParameter(2, p.workspaceId().value()).setParameter(3, p.clientId().value())
                .setParameter(4, p.templateId().value()).setParameter(5, p.templateVersion()).setParameter(6, p.name())
                .setParameter(7, p.startDate().toString()).setParameter(8, PlanJson.write(p.plan()))
                .setParameter(9, p.assignedBy() == null ? null : p.assignedBy().toString())
                .setParameter(10, Rows.param(p.createdAt())).setParameter(11, Rows.param(p.updatedAt())).setParameter(12, p.version())
                .setParameter(13, p.schedule().wireName()).executeUpdate();
    }

    @Override
    public void update(AssignedProgram p) {
        tenant.workspace(p.workspaceId());
        int updated = em.createNativeQuery("update assigned_program set template_version = ?1, start_date = cast(?2 as date), "
                        + "plan = cast(?3 as jsonb), updated_at = cast(?4 as timestamptz), version = ?5 "
                        + "where workspace_id = ?6 and id = ?7 and version = ?8")
                .setParameter(1, p.templateVersion()).setParameter(2, p.startDate().toString()).setParameter(3, PlanJson.write(p.plan()))
                .setParameter(4, Rows.param(p.updatedAt())).setParameter(5, p.version()).setParameter(6, p.workspaceId().value())
                .setParameter(7, p.id().value()).setParameter(8, p.version() - 1).executeUpdate();
        if (updated != 1) {
            throw new StaleVersionException(p.version());
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<AssignedProgram> find(WorkspaceId workspaceId, AssignedProgramId id) {
        tenant.workspace(workspaceId);
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from assigned_program where workspace_id = ?1 and id = ?2")
                .setParameter(1, workspaceId.value()).setParameter(2, id.value()).getResultList();
        return rows.stream().findFirst().map(JpaAssignedProgramRepository::program);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<AssignedProgram> forClient(WorkspaceId workspaceId, ClientId clientId) {
        tenant.workspace(workspaceId);
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from assigned_program where workspace_id = ?1 "
                        + "and client_id = ?2 order by start_date desc, id limit 200")
                .setParameter(1, workspaceId.value()).setParameter(2, clientId.value()).getResultList();
        return rows.stream().map(JpaAssignedProgramRepository::program).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<AssignedProgram> forTemplate(WorkspaceId workspaceId, ProgramTemplateId templateId) {
        tenant.workspace(workspaceId);
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from assigned_program where workspace_id = ?1 "
                        + "and template_id = ?2 order by client_id, id")
                .setParameter(1, workspaceId.value()).setParameter(2, templateId.value()).getResultList();
        return rows.stream().map(JpaAssignedProgramRepository::program).toList();
    }

    private static AssignedProgram program(Object[] r) {
        return new AssignedProgram(new AssignedProgramId(Rows.uuid(r[0])), new WorkspaceId(Rows.uuid(r[1])),
                new ClientId(Rows.uuid(r[2])), new ProgramTemplateId(Rows.uuid(r[3])), ((Number) r[4]).intValue(), (String) r[5],
                LocalDate.parse(r[6].toString()), ProgramSchedule.parse((String) r[12], "schedule"), PlanJson.read(r[7].toString()),
                r[8] == null ? null : new PersonId(Rows.uuid(r[8])), Rows.instant(r[9]), Rows.instant(r[10]),
                ((Number) r[11]).longValue());
    }
}
