package com.coachkeep.infrastructure.persistence.nutrition;

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
 * The nutrition context's part of erasure: every row is a client's (their targets, settings, logs and meals, habits and
 * check-offs), so all of it goes with the client, and with the workspace. Rows that point at others go first (check-offs
 * before habits, meals before logs); the client rows they point at are roster's, erased after this.
 */
@ApplicationScoped
public class NutritionErasure implements PersonalDataErasurePort {
    /** Children first: the order in which a workspace's rows are deleted. */
    public static final List<String> TABLES = List.of("habit_check_off", "habit", "nutrition_meal", "nutrition_log", "nutrition_target",
            "nutrition_settings");

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;

    @Override
    public String feature() {
        return "nutrition";
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
        return BatchDelete.fromFirstOf(em, TABLES, workspaceId, batchSize);
    }

    @Override
    public long eraseClient(WorkspaceId workspaceId, ClientId clientId) {
        tenant.workspace(workspaceId);
        return BatchDelete.clientRows(em, TABLES, workspaceId, clientId);
    }
}
