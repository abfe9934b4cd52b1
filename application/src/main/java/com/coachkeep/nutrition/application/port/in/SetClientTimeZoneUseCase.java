package com.coachkeep.nutrition.application.port.in;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;

/** The client (or their coach) sets the client's time zone, which decides what "today" is for them. */
public interface SetClientTimeZoneUseCase {
    NutritionPlanView setTimeZone(Actor actor, ClientId clientId, String timeZone);
}
