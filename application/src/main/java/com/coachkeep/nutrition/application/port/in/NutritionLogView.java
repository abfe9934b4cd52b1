package com.coachkeep.nutrition.application.port.in;

import com.coachkeep.nutrition.domain.DayAdherence;
import com.coachkeep.nutrition.domain.NutritionLog;

/**
 * A logged day, with the target that applied to it and how the day compares (null when no target applied).
 */
public record NutritionLogView(NutritionLog log, NutritionTargetView target, DayAdherence adherence) {
}
