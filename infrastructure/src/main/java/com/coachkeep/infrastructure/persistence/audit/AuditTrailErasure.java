package com.coachkeep.infrastructure.persistence.audit;

import com.coachkeep.privacy.application.port.out.DataRightsExemptionPort;
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
import java.util.Map;

/**
 * The audit context's part of erasure: a deleted workspace's trail goes with it, through the database function
 * {@code erase_workspace_audit}, the one way past the trail's append-only rule, which works only for a workspace
 * whose deletion is recorded (its tombstone). The deletion itself stays recorded in the platform trail. A client's
 * deletion keeps the workspace's trail: its events name people by opaque ids only, never content, and are the
 * business's security record.
 */
@ApplicationScoped
public class AuditTrailErasure implements PersonalDataErasurePort, DataRightsExemptionPort {
    public static final List<String> TABLES = List.of("audit_event", "audit_chain_head");

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;

    @Override
    public String feature() {
        return "audit";
    }

    @Override
    public List<String> tables() {
        return TABLES;
    }

    @Override
    public long eraseWorkspaceBatch(WorkspaceId workspaceId, int batchSize) {
        tenant.workspace(workspaceId);
        Object erased = em.createNativeQuery("select erase_workspace_audit(?1, ?2)")
                .setParameter(1, workspaceId.value()).setParameter(2, batchSize).getSingleResult();
        return ((Number) erased).longValue();
    }

    @Override
    public long eraseClient(WorkspaceId workspaceId, ClientId clientId) {
        return 0;
    }

    @Override
    public Map<String, String> notExported() {
        return Map.of("audit_chain_head", "the hash chain's bookkeeping (a sequence and a hash)");
    }
}
