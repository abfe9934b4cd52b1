package com.coachkeep.roster.application.port.in;

import com.coachkeep.shared.application.Actor;

/** How many of the workspace's clients are active now (what a plan of Coachkeep limits). */
public interface CountActiveClientsUseCase {
    /** Staff who read every client or see billing may know it. */
    long countActive(Actor actor);
}
