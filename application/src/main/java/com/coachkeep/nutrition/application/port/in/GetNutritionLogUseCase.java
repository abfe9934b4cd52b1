package com.coachkeep.nutrition.application.port.in;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;
import java.util.UUID;

public interface GetNutritionLogUseCase {
    NutritionLogView get(Actor actor, ClientId clientId, UUID logId);
}
