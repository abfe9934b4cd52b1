package com.coachkeep.infrastructure.persistence.training;

import com.coachkeep.infrastructure.crypto.FieldCipher;
import com.coachkeep.infrastructure.crypto.FieldLocation;
import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.infrastructure.persistence.shared.Rows;
import com.coachkeep.infrastructure.persistence.shared.TenantScope;
import com.coachkeep.privacy.domain.DataSubject;
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
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Clients' programs ({@code assigned_program}): the copy of a template version. Its plan, as adjusted for the client, can
 * hold free text about them (notes on an exercise or a set), so it is stored encrypted under the client's field key
 * ({@code plan_ct}: the JSON document of {@link PlanJson}, bound to its row); {@code plan} holds plaintext only in rows
 * written before, until {@link PlaintextProgramEncryption} encrypts them at start-up, and is read when there is no
 * ciphertext. A program whose client's key was destroyed (the client is erased, its rows not yet deleted) is not found.
 * Everything else about a program (dates, template, version, schedule) is plain, and no query looks inside a plan.
 */
@ApplicationScoped
public class JpaAssignedProgramRepository implements AssignedProgramRepository {
    static final String TABLE = "assigned_program";
    static final String PLAN = "plan";
    static final String COLUMNS = "id, workspace_id, client_id, template_id, template_version, name, start_date::text, plan::text, "
            + "assigned_by, created_at, updated_at, version, schedule, plan_ct";

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;
    @Inject
    FieldCipher cipher;

    /** Where a program's plan is stored: the associated data of its ciphertext. */
    static FieldLocation location(UUID workspaceId, UUID clientId, UUID programId) {
        return new FieldLocation(DataSubject.client(new WorkspaceId(workspaceId), new ClientId(clientId)), TABLE, PLAN, programId);
    }

    private byte[] encryptedPlan(AssignedProgram p) {
        return cipher.encrypt(location(p.workspaceId().value(), p.clientId().value(), p.id().value()), PlanJson.write(p.plan()));
    }

    @Override
    public void add(AssignedProgram p) {
        tenant.workspace(p.workspaceId());
        em.createNativeQuery("insert into assigned_program (id, workspace_id, client_id, template_id, template_version, name, "
                        + "start_date, plan_ct, assigned_by, created_at, updated_at, version, schedule) values (?1, ?2, ?3, ?4, ?5, ?6, "
                        + "cast(?7 as date), ?8, cast(?9 as uuid), cast(?10 as timestamptz), cast(?11 as timestamptz), ?12, ?13)")
                .setParameter(1, p.id().value()).setParameter(2, p.workspaceId().value()).setParameter(3, p.clientId().value())
                .setParameter(4, p.templateId().value()).setParameter(5, p.templateVersion()).setParameter(6, p.name())
                .setParameter(7, p.startDate().toString()).setParameter(8, encryptedPlan(p))
                .setParameter(9, p.assignedBy() == null ? null : p.assignedBy().toString())
                .setParameter(10, Rows.param(p.createdAt())).setParameter(11, Rows.param(p.updatedAt())).setParameter(12, p.version())
                .setParameter(13, p.schedule().wireName()).executeUpdate();
    }

    @Override
    public void update(AssignedProgram p) {
        tenant.workspace(p.workspaceId());
        int updated = em.createNativeQuery("update assigned_program set template_version = ?1, start_date = cast(?2 as date), "
                        + "plan_ct = ?3, plan = null, updated_at = cast(?4 as timestamptz), version = ?5 "
                        + "where workspace_id = ?6 and id = ?7 and version = ?8")
                .setParameter(1, p.templateVersion()).setParameter(2, p.startDate().toString()).setParameter(3, encryptedPlan(p))
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
        return rows.stream().findFirst().map(this::program).flatMap(Optional::ofNullable);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<AssignedProgram> forClient(WorkspaceId workspaceId, ClientId clientId) {
        tenant.workspace(workspaceId);
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from assigned_program where workspace_id = ?1 "
                        + "and client_id = ?2 order by start_date desc, id limit 200")
                .setParameter(1, workspaceId.value()).setParameter(2, clientId.value()).getResultList();
        return rows.stream().map(this::program).filter(Objects::nonNull).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<AssignedProgram> forTemplate(WorkspaceId workspaceId, ProgramTemplateId templateId) {
        tenant.workspace(workspaceId);
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from assigned_program where workspace_id = ?1 "
                        + "and template_id = ?2 order by client_id, id")
                .setParameter(1, workspaceId.value()).setParameter(2, templateId.value()).getResultList();
        return rows.stream().map(this::program).filter(Objects::nonNull).toList();
    }

    /** The program of a row; null when its plan is erased (the client's key was destroyed). */
    private AssignedProgram program(Object[] r) {
        String plan;
        if (r[13] != null) {
            plan = cipher.decrypt(location(Rows.uuid(r[1]), Rows.uuid(r[2]), Rows.uuid(r[0])), (byte[]) r[13]).orElse(null);
            if (plan == null) {
                return null;
            }
        } else {
            // written before plans were encrypted; the start-up step encrypts it
            plan = r[7].toString();
        }
        return new AssignedProgram(new AssignedProgramId(Rows.uuid(r[0])), new WorkspaceId(Rows.uuid(r[1])),
                new ClientId(Rows.uuid(r[2])), new ProgramTemplateId(Rows.uuid(r[3])), ((Number) r[4]).intValue(), (String) r[5],
                LocalDate.parse(r[6].toString()), ProgramSchedule.parse((String) r[12], "schedule"), PlanJson.read(plan),
                r[8] == null ? null : new PersonId(Rows.uuid(r[8])), Rows.instant(r[9]), Rows.instant(r[10]),
                ((Number) r[11]).longValue());
    }
}
