package com.coachkeep.nutrition.application.port.in;

/** The log as stored after a {@code PUT}, and whether it was created now (else replaced, or resent unchanged). */
public record LoggedView(NutritionLogView log, boolean created) {
}
