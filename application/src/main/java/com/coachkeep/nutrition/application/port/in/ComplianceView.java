package com.coachkeep.nutrition.application.port.in;

import com.coachkeep.nutrition.domain.Compliance.NutritionFigures;
import com.coachkeep.nutrition.domain.HabitProgress;
import java.time.LocalDate;
import java.util.List;

/** A client's compliance over the last 7, 30 and 90 days of their calendar. */
public record ComplianceView(LocalDate today, String timeZone, List<Window> windows) {
    /** @param workouts null while workouts are not measured */
    public record Window(int days, LocalDate from, LocalDate to, NutritionFigures nutrition, HabitProgress.Tally habits,
            Workouts workouts) {
    }

    /** Workouts done and scheduled in a window. */
    public record Workouts(int scheduled, int done) {
    }
}
