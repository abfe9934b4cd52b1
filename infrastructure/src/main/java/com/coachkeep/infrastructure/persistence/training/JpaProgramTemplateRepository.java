package com.coachkeep.infrastructure.persistence.training;

import com.coachkeep.infrastructure.persistence.shared.KeysetCursor;
import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.infrastructure.persistence.shared.Rows;
import com.coachkeep.infrastructure.persistence.shared.TenantScope;
import com.coachkeep.shared.domain.Page;
import com.coachkeep.shared.domain.PageRequest;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.training.application.port.out.ProgramTemplateRepository;
import com.coachkeep.training.domain.ProgramPlan;
import com.coachkeep.training.domain.ProgramTemplate;
import com.coachkeep.training.domain.ProgramTemplateId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Optional;

/** Templates ({@code program_template}) and their immutable versions ({@code program_template_version}, plan as jsonb). */
@ApplicationScoped
public class JpaProgramTemplateRepository implements ProgramTemplateRepository {
    static final String COLUMNS = "id, workspace_id, name, description, status, current_version, created_by, created_at, updated_at";

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;

    @Override
    public void add(ProgramTemplate t, ProgramPlan firstVersion) {
        tenant.workspace(t.workspaceId());
        em.createNativeQuery("insert into program_template (" + COLUMNS + ") values (?1, ?2, ?3, cast(?4 as varchar), ?5, ?6, cast(?7 as uuid), "
                        + "cast(?8 as timestamptz), cast(?9 as timestamptz))")
                .setParameter(1, t.id().value()).setParameter(2, t.workspaceId().value()).setParameter(3, t.name())
                .setParameter(4, t.description()).setParameter(5, t.status().name()).setParameter(6, t.currentVersion())
                .setParameter(7, t.createdBy() == null ? null : t.createdBy().toString())
                .setParameter(8, Rows.param(t.createdAt())).setParameter(9, Rows.param(t.updatedAt())).executeUpdate();
        addVersion(t, firstVersion);
    }

    @Override
    public void update(ProgramTemplate t, ProgramPlan newVersion) {
        tenant.workspace(t.workspaceId());
        em.createNativeQuery("update program_template set name = ?1, description = cast(?2 as varchar), status = ?3, current_version = ?4, "
                        + "updated_at = cast(?5 as timestamptz) where workspace_id = ?6 and id = ?7")
                .setParameter(1, t.name()).setParameter(2, t.description()).setParameter(3, t.status().name())
                .setParameter(4, t.currentVersion()).setParameter(5, Rows.param(t.updatedAt()))
                .setParameter(6, t.workspaceId().value()).setParameter(7, t.id().value()).executeUpdate();
        if (newVersion != null) {
            addVersion(t, newVersion);
        }
    }

    private void addVersion(ProgramTemplate t, ProgramPlan plan) {
        em.createNativeQuery("insert into program_template_version (workspace_id, template_id, version, plan, created_at) "
                        + "values (?1, ?2, ?3, cast(?4 as jsonb), cast(?5 as timestamptz))")
                .setParameter(1, t.workspaceId().value()).setParameter(2, t.id().value()).setParameter(3, t.currentVersion())
                .setParameter(4, PlanJson.write(plan)).setParameter(5, Rows.param(t.updatedAt())).executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<ProgramTemplate> find(WorkspaceId workspaceId, ProgramTemplateId id) {
        tenant.workspace(workspaceId);
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from program_template where workspace_id = ?1 and id = ?2")
                .setParameter(1, workspaceId.value()).setParameter(2, id.value()).getResultList();
        return rows.stream().findFirst().map(JpaProgramTemplateRepository::template);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<ProgramPlan> findVersion(WorkspaceId workspaceId, ProgramTemplateId id, int version) {
        tenant.workspace(workspaceId);
        List<Object> rows = em.createNativeQuery("select plan::text from program_template_version "
                        + "where workspace_id = ?1 and template_id = ?2 and version = ?3")
                .setParameter(1, workspaceId.value()).setParameter(2, id.value()).setParameter(3, version).getResultList();
        return rows.stream().findFirst().map(r -> PlanJson.read(r.toString()));
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<VersionInfo> versions(WorkspaceId workspaceId, ProgramTemplateId id) {
        tenant.workspace(workspaceId);
        List<Object[]> rows = em.createNativeQuery("select version, created_at from program_template_version "
                        + "where workspace_id = ?1 and template_id = ?2 order by version desc")
                .setParameter(1, workspaceId.value()).setParameter(2, id.value()).getResultList();
        return rows.stream().map(r -> new VersionInfo(((Number) r[0]).intValue(), Rows.instant(r[1]))).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Page<ProgramTemplate> list(WorkspaceId workspaceId, boolean archived, PageRequest page) {
        tenant.workspace(workspaceId);
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from program_template where workspace_id = ?1 and status = ?2");
        KeysetCursor after = page.cursor() == null ? null : KeysetCursor.decode(page.cursor());
        if (after != null) {
            sql.append(" and (lower(name), id) > (?3, ?4)");
        }
        sql.append(" order by lower(name), id limit ").append(page.limit() + 1);
        Query q = em.createNativeQuery(sql.toString()).setParameter(1, workspaceId.value())
                .setParameter(2, archived ? "ARCHIVED" : "ACTIVE");
        if (after != null) {
            q.setParameter(3, after.key()).setParameter(4, after.id());
        }
        List<Object[]> rows = q.getResultList();
        return KeysetCursor.page(rows, page.limit(), r -> new KeysetCursor(((String) r[2]).toLowerCase(java.util.Locale.ROOT),
                Rows.uuid(r[0])), JpaProgramTemplateRepository::template);
    }

    private static ProgramTemplate template(Object[] r) {
        return new ProgramTemplate(new ProgramTemplateId(Rows.uuid(r[0])), new WorkspaceId(Rows.uuid(r[1])), (String) r[2],
                (String) r[3], ProgramTemplate.Status.valueOf(Rows.text(r[4])), ((Number) r[5]).intValue(),
                r[6] == null ? null : new PersonId(Rows.uuid(r[6])), Rows.instant(r[7]), Rows.instant(r[8]));
    }

}
