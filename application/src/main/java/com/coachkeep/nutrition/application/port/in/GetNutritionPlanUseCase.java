package com.coachkeep.nutrition.application.port.in;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;

/** A client's targets, tolerance and time zone, for staff who may read nutrition and for the client themself. */
public interface GetNutritionPlanUseCase {
    NutritionPlanView plan(Actor actor, ClientId clientId);
}
