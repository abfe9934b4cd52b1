package com.coachkeep.nutrition.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * When a habit is due, in the client's own calendar: every day, a number of times a week (any days; weeks start
 * on Monday), or on given weekdays. Days are the client's local dates; converting an instant to one is done with
 * the client's time zone before it gets here, so a check-off at 23:30 in Sydney counts for that Sydney day.
 */
public sealed interface HabitSchedule {

    /** How many check-offs the week starting on {@code monday} asks for, counting only days in [from, to]. */
    int dueIn(LocalDate monday, LocalDate from, LocalDate to);

    /** Whether a single day is a due day (for weekly targets: every day may be). */
    boolean isDueOn(LocalDate day);

    record Daily() implements HabitSchedule {
        @Override
        public int dueIn(LocalDate monday, LocalDate from, LocalDate to) {
            return daysWithin(monday, from, to, EnumSet.allOf(DayOfWeek.class));
        }

        @Override
        public boolean isDueOn(LocalDate day) {
            return true;
        }
    }

    record TimesPerWeek(int times) implements HabitSchedule {
        public TimesPerWeek {
            if (times < 1 || times > 7) {
                throw new IllegalArgumentException("must be between 1 and 7 times a week");
            }
        }

        @Override
        public int dueIn(LocalDate monday, LocalDate from, LocalDate to) {
            // a partial week at either end asks for its share, rounded up, never more than its days
            int days = daysWithin(monday, from, to, EnumSet.allOf(DayOfWeek.class));
            return Math.min(days, (int) Math.ceil(times * days / 7.0));
        }

        @Override
        public boolean isDueOn(LocalDate day) {
            return true;
        }
    }

    record OnWeekdays(Set<DayOfWeek> days) implements HabitSchedule {
        public OnWeekdays {
            Objects.requireNonNull(days, "days");
            if (days.isEmpty()) {
                throw new IllegalArgumentException("must name at least one weekday");
            }
            days = Set.copyOf(days);
        }

        @Override
        public int dueIn(LocalDate monday, LocalDate from, LocalDate to) {
            return daysWithin(monday, from, to, days);
        }

        @Override
        public boolean isDueOn(LocalDate day) {
            return days.contains(day.getDayOfWeek());
        }
    }

    static LocalDate mondayOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static int daysWithin(LocalDate monday, LocalDate from, LocalDate to, Set<DayOfWeek> which) {
        int n = 0;
        for (int i = 0; i < 7; i++) {
            LocalDate d = monday.plusDays(i);
            if (!d.isBefore(from) && !d.isAfter(to) && which.contains(d.getDayOfWeek())) {
                n++;
            }
        }
        return n;
    }
}
