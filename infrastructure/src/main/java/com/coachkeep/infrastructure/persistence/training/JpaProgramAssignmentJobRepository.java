package com.coachkeep.infrastructure.persistence.training;

import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.infrastructure.persistence.shared.Rows;
import com.coachkeep.infrastructure.persistence.shared.TenantScope;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.training.application.port.out.ProgramAssignmentJobRepository;
import com.coachkeep.training.domain.ProgramAssignmentJob;
import com.coachkeep.training.domain.ProgramAssignmentJobId;
import com.coachkeep.training.domain.ProgramSchedule;
import com.coachkeep.training.domain.ProgramTemplateId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Assignment jobs ({@code program_assignment_job}): the clients as a uuid array, the failures as jsonb. */
@ApplicationScoped
public class JpaProgramAssignmentJobRepository implements ProgramAssignmentJobRepository {
    static final String COLUMNS = "id, workspace_id, template_id, template_version, start_date::text, schedule, "
            + "array_to_string(client_ids, ','), requested_by, created_at, processed, assigned, failures::text, state, updated_at, finished_at";

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;

    @Override
    public void add(ProgramAssignmentJob j) {
        tenant.workspace(j.workspaceId());
        em.createNativeQuery("insert into program_assignment_job (id, workspace_id, template_id, template_version, start_date, schedule, "
                        + "client_ids, requested_by, created_at, processed, assigned, failures, state, updated_at, finished_at) values "
                        + "(?1, ?2, ?3, ?4, cast(?5 as date), ?6, cast(?7 as uuid[]), cast(?8 as uuid), cast(?9 as timestamptz), ?10, ?11, "
                        + "cast(?12 as jsonb), ?13, cast(?14 as timestamptz), cast(?15 as timestamptz))")
                .setParameter(1, j.id().value()).setParameter(2, j.workspaceId().value()).setParameter(3, j.templateId().value())
                .setParameter(4, j.templateVersion()).setParameter(5, j.startDate().toString()).setParameter(6, j.schedule().wireName())
                .setParameter(7, j.clientIds().stream().map(ClientId::toString).collect(Collectors.joining(",", "{", "}")))
                .setParameter(8, j.requestedBy() == null ? null : j.requestedBy().toString()).setParameter(9, Rows.param(j.createdAt()))
                .setParameter(10, j.processed()).setParameter(11, j.assigned()).setParameter(12, failures(j))
                .setParameter(13, j.state().wireName()).setParameter(14, Rows.param(j.updatedAt()))
                .setParameter(15, j.finishedAt() == null ? null : Rows.param(j.finishedAt())).executeUpdate();
    }

    @Override
    public Optional<ProgramAssignmentJob> findForUpdate(WorkspaceId workspaceId, ProgramAssignmentJobId id) {
        return find(workspaceId, id, " for update");
    }

    @Override
    public Optional<ProgramAssignmentJob> find(WorkspaceId workspaceId, ProgramAssignmentJobId id) {
        return find(workspaceId, id, "");
    }

    @SuppressWarnings("unchecked")
    private Optional<ProgramAssignmentJob> find(WorkspaceId workspaceId, ProgramAssignmentJobId id, String lock) {
        tenant.workspace(workspaceId);
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from program_assignment_job where workspace_id = ?1 and id = ?2"
                        + lock).setParameter(1, workspaceId.value()).setParameter(2, id.value()).getResultList();
        return rows.stream().findFirst().map(JpaProgramAssignmentJobRepository::job);
    }

    @Override
    public void update(ProgramAssignmentJob j) {
        tenant.workspace(j.workspaceId());
        em.createNativeQuery("update program_assignment_job set processed = ?1, assigned = ?2, failures = cast(?3 as jsonb), state = ?4, "
                        + "updated_at = cast(?5 as timestamptz), finished_at = cast(?6 as timestamptz) where workspace_id = ?7 and id = ?8")
                .setParameter(1, j.processed()).setParameter(2, j.assigned()).setParameter(3, failures(j))
                .setParameter(4, j.state().wireName()).setParameter(5, Rows.param(j.updatedAt()))
                .setParameter(6, j.finishedAt() == null ? null : Rows.param(j.finishedAt()))
                .setParameter(7, j.workspaceId().value()).setParameter(8, j.id().value()).executeUpdate();
    }

    static String failures(ProgramAssignmentJob j) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        j.failures().forEach(f -> a.add(Json.createObjectBuilder().add("clientId", f.clientId().toString()).add("reason", f.reason())));
        return a.build().toString();
    }

    private static ProgramAssignmentJob job(Object[] r) {
        String ids = (String) r[6];
        List<ClientId> clients = ids == null || ids.isEmpty() ? List.of()
                : Arrays.stream(ids.split(",")).map(s -> new ClientId(UUID.fromString(s))).toList();
        List<ProgramAssignmentJob.Failure> failures = Json.createReader(new StringReader(r[11].toString())).readArray().stream()
                .map(v -> (JsonObject) v)
                .map(o -> new ProgramAssignmentJob.Failure(new ClientId(UUID.fromString(o.getString("clientId"))), o.getString("reason")))
                .toList();
        return new ProgramAssignmentJob(new ProgramAssignmentJobId(Rows.uuid(r[0])), new WorkspaceId(Rows.uuid(r[1])),
                new ProgramTemplateId(Rows.uuid(r[2])), ((Number) r[3]).intValue(), LocalDate.parse(r[4].toString()),
                ProgramSchedule.parse((String) r[5], "schedule"), clients, r[7] == null ? null : new PersonId(Rows.uuid(r[7])),
                Rows.instant(r[8]), ((Number) r[9]).intValue(), ((Number) r[10]).intValue(), failures,
                ProgramAssignmentJob.State.valueOf(((String) r[12]).toUpperCase(Locale.ROOT)), Rows.instant(r[13]),
                r[14] == null ? null : Rows.instant(r[14]));
    }
}
