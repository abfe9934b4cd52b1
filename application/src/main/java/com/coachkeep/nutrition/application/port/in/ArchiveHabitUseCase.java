package com.coachkeep.nutrition.application.port.in;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;
import java.util.UUID;

/** A coach archives a habit: no longer due from the client's today; its check-offs stay. */
public interface ArchiveHabitUseCase {
    HabitView archive(Actor actor, ClientId clientId, UUID habitId);
}
