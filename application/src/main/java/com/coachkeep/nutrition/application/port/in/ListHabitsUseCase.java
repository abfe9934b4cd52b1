package com.coachkeep.nutrition.application.port.in;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;
import java.util.List;
import java.util.UUID;

public interface ListHabitsUseCase {
    List<HabitView> list(Actor actor, ClientId clientId, boolean includeArchived);

    HabitView get(Actor actor, ClientId clientId, UUID habitId);
}
