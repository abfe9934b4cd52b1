package com.coachkeep.roster.application.port.in;

import com.coachkeep.shared.application.Actor;

public interface UpdateClientUseCase {
    ClientView update(Actor actor, UpdateClientCommand command);
}
