package com.coachkeep.roster.application.port.in;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;

/**
 * Ends a client's access to the workspace (their membership is removed, a pending invitation withdrawn) and
 * archives their roster entry, which the coach keeps. Takes effect on the client's very next request.
 */
public interface RevokeClientAccessUseCase {
    ClientView revokeAccess(Actor actor, ClientId clientId);
}
