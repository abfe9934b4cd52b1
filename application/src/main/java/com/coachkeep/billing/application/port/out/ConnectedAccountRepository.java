package com.coachkeep.billing.application.port.out;

import com.coachkeep.billing.domain.ConnectedAccount;
import com.coachkeep.shared.domain.WorkspaceId;
import java.util.Optional;

/** The workspace's connected account. */
public interface ConnectedAccountRepository {
    Optional<ConnectedAccount> find(WorkspaceId workspaceId);

    /** As {@link #find}, locked for the rest of the transaction. */
    Optional<ConnectedAccount> lock(WorkspaceId workspaceId);

    void save(ConnectedAccount account);

    /** The workspace a Stripe account belongs to (a read across workspaces, by the account id alone). */
    Optional<WorkspaceId> workspaceOf(String stripeAccountId);
}
