package com.coachkeep.nutrition.application.port.in;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;

/** A client's logged days in a range of at most 92 days (default: the last 7 days of the client's calendar). */
public interface ListNutritionLogsUseCase {
    int MAX_DAYS = 92;

    NutritionDaysView list(Actor actor, ClientId clientId, String from, String to);
}
