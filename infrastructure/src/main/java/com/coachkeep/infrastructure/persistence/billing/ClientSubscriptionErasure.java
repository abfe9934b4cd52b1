package com.coachkeep.infrastructure.persistence.billing;

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
 * Erasure of the clients' subscription mirror and the grace period setting: erased with the workspace. A subscription
 * names no client (Stripe's ids, status and dates only); the client's checkout is what links them to it, and billing's
 * erasure deletes that ({@link BillingErasure#eraseClient}), so after a client's erasure their subscriptions stay as the
 * workspace's pseudonymous accounting records, like the invoices (docs/data-rights.md).
 */
@ApplicationScoped
public class ClientSubscriptionErasure implements PersonalDataErasurePort {
    public static final List<String> TABLES = List.of("billing_subscription", "billing_access_settings");

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;

    @Override
    public String feature() {
        return "billing-subscriptions";
    }

    @Override
    public List<String> tables() {
        return TABLES;
    }

    @Override
    public long eraseWorkspaceBatch(WorkspaceId workspaceId, int batchSize) {
        tenant.workspace(workspaceId);
        return BatchDelete.fromFirstOf(em, TABLES, workspaceId, batchSize);
    }

    /** Nothing here names the client: deleting their checkouts (billing) unlinks their subscriptions. */
    @Override
    public long eraseClient(WorkspaceId workspaceId, ClientId clientId) {
        return 0;
    }
}
