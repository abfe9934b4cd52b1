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
 * Erasure of the mirrored payments, refunds and disputes: the workspace's accounting records, erased with the
 * workspace. They name Stripe's ids and amounts only (no name, no email, no card data; a dispute's evidence stays in
 * Stripe), and the client's checkouts, the only link from a client to their Stripe customer, are deleted with the client
 * (BillingErasure): so a client's erasure leaves these pseudonymous and changes nothing here (docs/data-rights.md).
 */
@ApplicationScoped
public class PaymentsErasure implements PersonalDataErasurePort {
    public static final List<String> TABLES = List.of("billing_refund", "billing_dispute", "billing_charge");

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;

    @Override
    public String feature() {
        return "billing-payments";
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

    @Override
    public long eraseClient(WorkspaceId workspaceId, ClientId clientId) {
        return 0;
    }
}
