package com.coachkeep.infrastructure.persistence.workspace;

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
 * The workspace context's last part of erasure, after every other feature: memberships, custom roles, and finally
 * the workspace's own row. (A client's own membership is removed by {@link InvitationErasure#eraseClient}, which
 * runs while the client's record still says who they are.)
 */
@ApplicationScoped
public class WorkspaceErasure implements PersonalDataErasurePort {
    public static final List<String> TABLES = List.of("workspace", "membership", "custom_role");

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;

    @Override
    public String feature() {
        return "workspace";
    }

    @Override
    public List<String> tables() {
        return TABLES;
    }

    /** The workspace row itself, and the memberships and roles everything else points at: last. */
    @Override
    public Set<String> pointsAt() {
        return Set.of();
    }

    @Override
    public long eraseWorkspaceBatch(WorkspaceId workspaceId, int batchSize) {
        tenant.workspace(workspaceId);
        for (String table : List.of("membership", "custom_role")) {
            int n = BatchDelete.from(em, table, workspaceId, batchSize);
            if (n > 0) {
                return n;
            }
        }
        return em.createNativeQuery("delete from workspace where id = ?1").setParameter(1, workspaceId.value()).executeUpdate();
    }

    @Override
    public long eraseClient(WorkspaceId workspaceId, ClientId clientId) {
        return 0;
    }
}
