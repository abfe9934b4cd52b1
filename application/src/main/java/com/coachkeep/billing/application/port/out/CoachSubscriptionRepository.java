package com.coachkeep.billing.application.port.out;

import com.coachkeep.billing.domain.CoachSubscription;
import com.coachkeep.shared.domain.WorkspaceId;
import java.util.List;
import java.util.Optional;

/** The workspace's subscriptions to Coachkeep, as mirrored from the platform account's events. */
public interface CoachSubscriptionRepository {
    List<CoachSubscription> list(WorkspaceId workspaceId);

    /** The subscription, locked for the rest of the transaction. */
    Optional<CoachSubscription> lock(WorkspaceId workspaceId, String stripeSubscriptionId);

    void save(CoachSubscription subscription);
}
