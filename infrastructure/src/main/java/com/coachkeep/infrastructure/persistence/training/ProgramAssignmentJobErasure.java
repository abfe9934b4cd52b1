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
 * Assignment jobs in erasure: a job names its clients (and those it could not assign), so an erased client's jobs go
 * with them; the rest go with the workspace, before the templates they point at. The programs a job made are the
 * programs' erasure's.
 */
@ApplicationScoped
public class ProgramAssignmentJobErasure implements PersonalDataErasurePort {
    public static final List<String> TABLES = List.of("program_assignment_job");

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;

    @Override
    public String feature() {
        return "program-assignment-jobs";
    }

    @Override
    public List<String> tables() {
        return TABLES;
    }

    @Override
    public Set<String> pointsAt() {
        return Set.of("programs", "roster", WORKSPACE);
    }

    @Override
    public long eraseWorkspaceBatch(WorkspaceId workspaceId, int batchSize) {
        tenant.workspace(workspaceId);
        return BatchDelete.fromFirstOf(em, TABLES, workspaceId, batchSize);
    }

    @Override
    public long eraseClient(WorkspaceId workspaceId, ClientId clientId) {
        tenant.workspace(workspaceId);
        return em.createNativeQuery("delete from program_assignment_job where workspace_id = ?1 and ?2 = any(client_ids)")
                .setParameter(1, workspaceId.value()).setParameter(2, clientId.value()).executeUpdate();
    }
}
