package com.coachkeep.roster.application.port.in;

import com.coachkeep.shared.application.Actor;

/** Adds a client to the roster and emails them an invitation to join. */
public interface InviteClientUseCase {
    ClientView invite(Actor actor, InviteClientCommand command);
}
