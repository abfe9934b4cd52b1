package com.coachkeep.privacy.application.port.in;

import com.coachkeep.shared.domain.WorkspaceId;

/**
 * Settles at once what would keep charging a workspace being deleted outside Coachkeep (its subscription at Stripe is
 * cancelled), right after its deletion committed, without waiting for the deletion job to reach it. Throws when an
 * outside party could not be reached: the deletion job settles it before it erases anything, and retries until it can.
 * Nothing happens for a workspace that is not being deleted.
 */
public interface SettleDeletedWorkspaceUseCase {
    void settle(WorkspaceId workspaceId);
}
