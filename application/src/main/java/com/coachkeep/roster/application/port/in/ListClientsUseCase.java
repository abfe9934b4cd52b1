package com.coachkeep.roster.application.port.in;

import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.domain.Page;

/** The roster as the actor may see it: everyone for the owner; a coach's own clients unless the owner allows all. */
public interface ListClientsUseCase {
    Page<ClientView> list(Actor actor, ListClientsQuery query);
}
