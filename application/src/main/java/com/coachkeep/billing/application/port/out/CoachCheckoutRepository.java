package com.coachkeep.billing.application.port.out;

import com.coachkeep.billing.domain.CoachCheckout;
import com.coachkeep.shared.domain.WorkspaceId;
import java.util.Optional;
import java.util.UUID;

/** The owner's checkouts of Coachkeep plans. */
public interface CoachCheckoutRepository {
    void save(CoachCheckout checkout);

    /** The checkout, locked for the rest of the transaction. */
    Optional<CoachCheckout> lock(WorkspaceId workspaceId, UUID id);
}
