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
 * Billing's part of erasure. The connected account and the mirrored invoices are the workspace's accounting records:
 * erased with the workspace, like its offers and coupons. They name no client (Stripe ids and amounts only; names, emails and card data stay at
 * Stripe), so erasing a client changes nothing here: there is nothing to pseudonymise (docs/data-rights.md).
 */
@ApplicationScoped
public class BillingErasure implements PersonalDataErasurePort {
    public static final List<String> TABLES = List.of("billing_checkout", "billing_invoice", "billing_coupon", "billing_offer", "billing_connected_account");

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;

    @Override
    public String feature() {
        return "billing";
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
    public java.util.Set<String> pointsAt() {
        return java.util.Set.of("roster", WORKSPACE);
    }

    /**
     * The client's checkouts, which link them to their Stripe customer and subscription, are deleted; the invoices stay as
     * the workspace's accounting records, naming only Stripe's ids, so nothing in Coachkeep ties them to the client any more.
     */
    @Override
    public long eraseClient(WorkspaceId workspaceId, ClientId clientId) {
        tenant.workspace(workspaceId);
        return em.createNativeQuery("delete from billing_checkout where workspace_id = ?1 and client_id = ?2").setParameter(1, workspaceId.value())
                .setParameter(2, clientId.value()).executeUpdate();
    }
}
