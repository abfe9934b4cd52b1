package com.coachkeep.roster.application.port.out;

import com.coachkeep.shared.application.Actor;

/**
 * How many active clients the workspace may have (its plan of Coachkeep, answered by billing through an adapter, so the
 * roster does not depend on billing). Asked before a client is added or made active again.
 */
public interface ClientLimitPort {
    /** Refuses with the plan's problem when {@code activeAfter} active clients are more than the workspace may have. */
    void requireRoomFor(Actor actor, long activeAfter);
}
