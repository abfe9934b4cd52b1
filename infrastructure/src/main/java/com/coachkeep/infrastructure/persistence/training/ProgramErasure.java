package com.coachkeep.infrastructure.persistence.training;

import com.coachkeep.infrastructure.persistence.shared.BatchDelete;
import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.infrastructure.persistence.shared.TenantScope;
import com.coachkeep.privacy.application.port.out.PersonalDataErasurePort;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;

/**
 * The programs' part of erasure. A client's programs and workout logs are theirs and go with them (their log notes,
 * encrypted under their key, are unreadable from the moment the key is destroyed); the workspace's templates stay
 * (they are the coach's work) and go only with the workspace. Children before parents: kept records, sets, logs, programs (which point at
 * template versions and clients), then versions, then templates.
 */
@ApplicationScoped
public class ProgramErasure implements PersonalDataErasurePort {
    public static final List<String> TABLES = List.of("program_template", "program_template_version", "assigned_program",
            "workout_log", "workout_set", "workout_record");

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;

    @Override
    public String feature() {
        return "programs";
    }

    @Override
    public List<String> tables() {
        return TABLES;
    }

    @Override
    public Set<String> pointsAt() {
        return Set.of("roster", WORKSPACE);
    }

    @Override
    public long eraseWorkspaceBatch(WorkspaceId workspaceId, int batchSize) {
        tenant.workspace(workspaceId);
        return BatchDelete.fromFirstOf(em, List.of("workout_record", "workout_set", "workout_log", "assigned_program", "program_template_version",
                "program_template"), workspaceId, batchSize);
    }

    @Override
    public long eraseClient(WorkspaceId workspaceId, ClientId clientId) {
        tenant.workspace(workspaceId);
        return BatchDelete.clientRows(em, List.of("workout_record", "workout_set", "workout_log", "assigned_program"), workspaceId, clientId);
    }
}
