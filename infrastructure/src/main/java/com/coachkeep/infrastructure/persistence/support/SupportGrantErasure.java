package com.coachkeep.infrastructure.persistence.support;

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
    public long eraseWorkspaceBatch(WorkspaceId workspaceId, int batchSize) {
        tenant.workspace(workspaceId);
        return BatchDelete.from(em, "support_grant", workspaceId, batchSize);
    }

    @Override
    public long eraseClient(WorkspaceId workspaceId, ClientId clientId) {
        return 0;
    }
}
