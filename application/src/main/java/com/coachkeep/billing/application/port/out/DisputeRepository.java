package com.coachkeep.billing.application.port.out;

import com.coachkeep.billing.domain.Dispute;
import com.coachkeep.shared.domain.WorkspaceId;
import java.util.List;
import java.util.Optional;

/** Disputes mirrored from a workspace's connected account. */
public interface DisputeRepository {
    Optional<Dispute> lock(WorkspaceId workspaceId, String stripeDisputeId);

    void save(Dispute dispute);

    /** Those still waiting for the coach's evidence first (earliest deadline first), then the newest; at most 500. */
    List<Dispute> list(WorkspaceId workspaceId);
}
