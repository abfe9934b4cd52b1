package com.coachkeep.billing.application.port.in;

import com.coachkeep.shared.application.AuditRecord;
import com.coachkeep.shared.domain.WorkspaceId;

/**
 * A deleted workspace's subscriptions to Coachkeep end at Stripe at once, so that it is charged no more: every one that
 * can still be cancelled is cancelled immediately (not at the period's end; no proration credit and no final invoice),
 * with the idempotency key {@code coach-subscription-cancel:<subscription>:workspace-deleted}, and the mirror takes
 * Stripe's answer, so it is not asked again. Nothing is called when Stripe is not configured. Asked by the deletion job
 * before it erases the workspace's rows; a failure at Stripe throws and leaves the rest to the next attempt.
 */
public interface CancelDeletedWorkspaceSubscriptionsUseCase {
    /**
     * @param recordedAs the trail entry each cancellation is recorded as (the platform's: the workspace's own trail is
     *     erased with it), completed with the subscription and Stripe's answer
     * @return how many subscriptions were cancelled now
     */
    int cancelForDeletion(WorkspaceId workspaceId, AuditRecord recordedAs);
}
