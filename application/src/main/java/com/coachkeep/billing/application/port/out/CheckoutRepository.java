package com.coachkeep.billing.application.port.out;

import com.coachkeep.billing.domain.Checkout;
import com.coachkeep.shared.domain.WorkspaceId;
import java.util.Optional;

/** Clients' checkouts. */
public interface CheckoutRepository {
    void save(Checkout checkout);

    /** The checkout of this Stripe session, locked for the transaction. */
    Optional<Checkout> lockBySession(WorkspaceId workspaceId, String stripeSessionId);
}
