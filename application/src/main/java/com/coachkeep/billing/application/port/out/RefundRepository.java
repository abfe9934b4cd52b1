package com.coachkeep.billing.application.port.out;

import com.coachkeep.billing.domain.Refund;
import com.coachkeep.shared.domain.WorkspaceId;
import java.util.List;
import java.util.Optional;

/** Refunds mirrored from a workspace's connected account. */
public interface RefundRepository {
    Optional<Refund> lock(WorkspaceId workspaceId, String stripeRefundId);

    void save(Refund refund);

    /** Newest first, at most 500. */
    List<Refund> list(WorkspaceId workspaceId);
}
