package com.coachkeep.infrastructure.persistence.support;

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

/**
 * Support grants go with their workspace (they name it, and the reason may describe its business). A client's own
 * deletion leaves them: a grant names no client, and it is the business's record of who had access.
 */
@ApplicationScoped
public class SupportGrantErasure implements PersonalDataErasurePort {
    public static final List<String> TABLES = List.of("support_grant");

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;

    @Override
    public String feature() {
        return "support";
    }

    @Override
    public List<String> tables() {
        return TABLES;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public long eraseWorkspaceBatch(WorkspaceId workspaceId, int batchSize) {
        tenant.workspace(workspaceId);
        return em.createNativeQuery("delete from support_grant where workspace_id = cast(?1 as uuid) and id in "
                        + "(select id from support_grant where workspace_id = cast(?1 as uuid) limit ?2)")
                .setParameter(1, workspaceId.value().toString()).setParameter(2, batchSize).executeUpdate();
    }

    @Override
    public long eraseClient(WorkspaceId workspaceId, ClientId clientId) {
        return 0;
    }
}
