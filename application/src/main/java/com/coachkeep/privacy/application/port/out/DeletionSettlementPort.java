package com.coachkeep.privacy.application.port.out;

import com.coachkeep.shared.domain.WorkspaceId;

/**
 * What a feature must settle outside Coachkeep for a deleted workspace before its rows are erased: a subscription that
 * would otherwise keep charging it. The deletion job asks every settlement before each batch it erases of the workspace,
 * so the rows that name what is to be settled (a Stripe subscription's id) are still there until it succeeded; a
 * settlement that cannot reach the outside party throws, the batch rolls back and the job asks again at its next poll.
 * A settlement with nothing left to do returns at once. The replay of tombstones after a restore does not ask it.
 */
public interface DeletionSettlementPort {
    /** The feature whose outside records are settled, for logs and the docs. */
    String feature();

    /** Settles everything left for the workspace; throws when it could not, to be asked again. */
    void settle(WorkspaceId workspaceId);
}
