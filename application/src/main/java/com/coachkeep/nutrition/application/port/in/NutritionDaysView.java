package com.coachkeep.nutrition.application.port.in;

import java.time.LocalDate;
import java.util.List;

/**
 * A range of days: every logged day with its adherence, and the range's figures (days on target ÷ days that had a
 * target, an unlogged day counting as not on target).
 */
public record NutritionDaysView(LocalDate from, LocalDate to, List<NutritionLogView> logs, int daysWithTarget, int daysLogged,
        int daysOnTarget, Double adherence) {
}
