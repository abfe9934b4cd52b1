package com.coachkeep.nutrition.application.port.in;

import com.coachkeep.nutrition.domain.NutritionTarget;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;

/** A coach sets a client's targets for a day type from a date on; earlier targets stay in the history. Audited. */
public interface SetNutritionTargetUseCase {
    TargetSetView setTarget(Actor actor, ClientId clientId, NutritionTarget.Values values);
}
