package com.coachkeep.nutrition.application.port.in;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;
import java.util.UUID;

/** A coach assigns a habit to a client by an id of their choosing, or edits it (If-Match guards concurrent edits). */
public interface AssignHabitUseCase {
    HabitAssignedView assign(Actor actor, ClientId clientId, UUID habitId, HabitInput input, Long expectedVersion);
}
