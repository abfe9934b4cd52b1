package com.coachkeep.roster.application.port.in;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;

/**
 * Ends a client's access to the workspace (their membership is removed, a pending invitation withdrawn) and
 * archives their roster entry, which the coach keeps. Takes effect on the client's very next request.
 */
public interface RevokeClientAccessUseCase {
    /** Without the coach's decision about a subscription that still bills the client (refused if there is one). */
    default ClientView revokeAccess(Actor actor, ClientId clientId) {
        return revokeAccess(actor, clientId, null);
    }

    /** @param cancelSubscription whether to cancel a subscription that still bills the client; null: not said ({@link ClientArchivingEvent}) */
    ClientView revokeAccess(Actor actor, ClientId clientId, Boolean cancelSubscription);
}
