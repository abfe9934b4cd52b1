package com.coachkeep.infrastructure.persistence.billing;

import com.coachkeep.audit.domain.AuditEntry;
import com.coachkeep.billing.application.port.in.CancelDeletedWorkspaceSubscriptionsUseCase;
import com.coachkeep.privacy.application.port.out.DeletionSettlementPort;
import com.coachkeep.shared.application.AuditRecord;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * A deleted workspace's subscriptions to Coachkeep are cancelled at Stripe before its rows are erased (billing's
 * {@link CancelDeletedWorkspaceSubscriptionsUseCase}), recorded in the platform's trail: the workspace's own trail is
 * erased with it. The subscription rows, which name the Stripe subscriptions, are erased only after this succeeded.
 */
@ApplicationScoped
public class CoachSubscriptionSettlement implements DeletionSettlementPort {
    @Inject
    CancelDeletedWorkspaceSubscriptionsUseCase subscriptions;

    @Override
    public String feature() {
        return "subscription";
    }

    @Override
    public void settle(WorkspaceId workspaceId) {
        subscriptions.cancelForDeletion(workspaceId, new AuditRecord(AuditEntry.PLATFORM, AuditRecord.By.SYSTEM, "deletion-job",
                "billing.coach_subscription_cancelled", null, null, null, Map.of()));
    }
}
