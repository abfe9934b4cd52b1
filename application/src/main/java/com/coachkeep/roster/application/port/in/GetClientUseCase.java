package com.coachkeep.roster.application.port.in;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;

/** One client, if the actor may see them (a client sees only themself); otherwise not found. */
public interface GetClientUseCase {
    ClientView get(Actor actor, ClientId id);

    /** The actor's own client record in the workspace. */
    ClientView getOwn(Actor actor);
}
