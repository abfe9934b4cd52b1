package com.coachkeep.checkin.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * When a schedule's occurrences fall, as days of the client's calendar (local dates, so a daylight-saving change never
 * moves a check-in to another day).
 */
public sealed interface Recurrence {
    /** Occurrence days from {@code from} to {@code to} inclusive, never before {@code startsOn}. */
    List<LocalDate> between(LocalDate startsOn, LocalDate from, LocalDate to);

    String kind();

    /** Every n weeks (1: weekly) on a weekday, counted from the first such weekday on or after the start. */
    record EveryWeeks(int weeks, DayOfWeek weekday) implements Recurrence {
        public EveryWeeks {
            if (weeks < 1 || weeks > 12) {
                throw new IllegalArgumentException("must be 1–12 weeks");
            }
        }

        @Override
        public List<LocalDate> between(LocalDate startsOn, LocalDate from, LocalDate to) {
            LocalDate first = startsOn.with(TemporalAdjusters.nextOrSame(weekday));
            LocalDate lo = from.isBefore(first) ? first : from;
            long weeksIn = ChronoUnit.WEEKS.between(first, lo.with(TemporalAdjusters.nextOrSame(weekday)));
            long k = (weeksIn + weeks - 1) / weeks;
            List<LocalDate> out = new ArrayList<>();
            for (LocalDate d = first.plusWeeks(k * weeks); !d.isAfter(to); d = d.plusWeeks(weeks)) {
                if (!d.isBefore(lo)) {
                    out.add(d);
                }
            }
            return out;
        }

        @Override
        public String kind() {
            return weeks == 1 ? "weekly" : "every_n_weeks";
        }
    }

    /** Monthly on a day of the month; in a shorter month, its last day. */
    record Monthly(int dayOfMonth) implements Recurrence {
        public Monthly {
            if (dayOfMonth < 1 || dayOfMonth > 31) {
                throw new IllegalArgumentException("must be a day of the month, 1–31");
            }
        }

        @Override
        public List<LocalDate> between(LocalDate startsOn, LocalDate from, LocalDate to) {
            LocalDate lo = from.isBefore(startsOn) ? startsOn : from;
            List<LocalDate> out = new ArrayList<>();
            for (LocalDate m = lo.withDayOfMonth(1); !m.isAfter(to); m = m.plusMonths(1)) {
                LocalDate d = m.withDayOfMonth(Math.min(dayOfMonth, m.lengthOfMonth()));
                if (!d.isBefore(lo) && !d.isAfter(to)) {
                    out.add(d);
                }
            }
            return out;
        }

        @Override
        public String kind() {
            return "monthly";
        }
    }

    /** Once, on a day. */
    record Once(LocalDate day) implements Recurrence {
        @Override
        public List<LocalDate> between(LocalDate startsOn, LocalDate from, LocalDate to) {
            return day.isBefore(from) || day.isAfter(to) ? List.of() : List.of(day);
        }

        @Override
        public String kind() {
            return "once";
        }
    }
}
