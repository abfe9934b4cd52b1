package com.coachkeep.nutrition.application.port.in;

import com.coachkeep.nutrition.domain.Habit;
import java.time.LocalDate;
import java.util.List;

/**
 * A habit with its progress as of the client's today: the current streak, adherence over the last 7 and 30 days,
 * whether today is checked off, and the days checked off in the last 90 days.
 */
public record HabitView(Habit habit, int streak, double adherence7, double adherence30, boolean doneToday, List<LocalDate> checkedOff,
        LocalDate today) {
}
