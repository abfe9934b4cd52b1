package com.coachkeep.nutrition.application.port.in;

import com.coachkeep.nutrition.domain.Tolerance;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;

/** A coach sets how close to target a client's day must be to count as on target. Audited. */
public interface SetAdherenceToleranceUseCase {
    NutritionPlanView setTolerance(Actor actor, ClientId clientId, Tolerance tolerance);
}
