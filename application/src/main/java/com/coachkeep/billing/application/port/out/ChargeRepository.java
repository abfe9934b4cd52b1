package com.coachkeep.billing.application.port.out;

import com.coachkeep.billing.domain.Charge;
import com.coachkeep.shared.domain.WorkspaceId;
import java.util.List;
import java.util.Optional;

/** Charges mirrored from a workspace's connected account. */
public interface ChargeRepository {
    /** The charge, locked for this transaction. */
    Optional<Charge> lock(WorkspaceId workspaceId, String stripeChargeId);

    void save(Charge charge);

    /** Newest first, at most 500. */
    List<Charge> list(WorkspaceId workspaceId);
}
