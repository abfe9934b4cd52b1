package com.coachkeep.nutrition.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A client's compliance over the last 7, 30 and 90 days of their own calendar (today included): nutrition as days
 * on target ÷ days that had a target (a day without a log counts as not on target; today only once logged), with days
 * logged beside it, and habits as check-offs met ÷ check-offs due over every habit active in the window (today only
 * once checked off). Computed in memory from one read
 * of each kind of row over the longest window, so the windows cost no more queries than one.
 */
public final class Compliance {
    public static final List<Integer> WINDOWS = List.of(7, 30, 90);

    private Compliance() {
    }

    /** Nutrition over one window. */
    public record NutritionFigures(int days, int daysWithTarget, int daysLogged, int daysOnTarget) {
        /** Days on target ÷ days with a target; null when no day had a target. */
        public Double adherence() {
            return daysWithTarget == 0 ? null : (double) daysOnTarget / daysWithTarget;
        }
    }

    /** One logged day, reduced to what compliance needs. */
    public record LoggedDay(LocalDate day, DayType dayType, Macros totals) {
    }

    public static NutritionFigures nutrition(List<NutritionTarget> targets, Map<LocalDate, LoggedDay> logs, Tolerance tolerance,
            LocalDate today, int days) {
        LocalDate from = today.minusDays(days - 1L);
        int withTarget = 0;
        int logged = 0;
        int onTarget = 0;
        for (LocalDate d = from; !d.isAfter(today); d = d.plusDays(1)) {
            LoggedDay log = logs.get(d);
            if (log == null && d.equals(today)) {
                continue; // today counts once logged: until then the client still has time
            }
            if (log != null) {
                logged++;
            }
            DayType type = log == null ? DayType.REST : log.dayType();
            var target = NutritionTarget.applying(targets, type, d);
            if (target.isEmpty() && log == null) {
                // a day never logged counts against whichever day type had a target then
                target = NutritionTarget.applying(targets, DayType.TRAINING, d);
            }
            if (target.isEmpty()) {
                continue;
            }
            withTarget++;
            if (log != null && DayAdherence.judge(target.get(), log.totals(), tolerance).onTarget()) {
                onTarget++;
            }
        }
        return new NutritionFigures(days, withTarget, logged, onTarget);
    }

    public static HabitProgress.Tally habits(List<Habit> habits, Map<java.util.UUID, Set<LocalDate>> done, LocalDate today, int days) {
        HabitProgress.Tally total = new HabitProgress.Tally(0, 0);
        for (Habit h : habits) {
            total = total.plus(h.progress(done.getOrDefault(h.id(), Set.of()), today, days));
        }
        return total;
    }
}
