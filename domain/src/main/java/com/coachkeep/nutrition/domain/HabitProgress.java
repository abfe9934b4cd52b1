package com.coachkeep.nutrition.domain;

import java.time.LocalDate;
import java.util.Set;

/**
 * A habit's streak and adherence from the client's check-offs (local dates). The streak counts consecutive
 * due periods met: for daily and weekday habits, due days checked off; for "n times a week", whole weeks that
 * reached n. Today (or this week) not yet done does not break the streak: the client still has time.
 */
public final class HabitProgress {
    private HabitProgress() {
    }

    public static int streak(HabitSchedule schedule, Set<LocalDate> done, LocalDate since, LocalDate today) {
        if (schedule instanceof HabitSchedule.TimesPerWeek weekly) {
            int streak = 0;
            LocalDate monday = HabitSchedule.mondayOf(today);
            if (doneInWeek(done, monday, today) >= weekly.times()) {
                streak++;
            }
            for (monday = monday.minusWeeks(1); !monday.plusDays(6).isBefore(since); monday = monday.minusWeeks(1)) {
                int due = schedule.dueIn(monday, since, today);
                if (due == 0 || doneInWeek(done, monday, monday.plusDays(6)) < due) {
                    break;
                }
                streak++;
            }
            return streak;
        }
        int streak = 0;
        for (LocalDate day = today; !day.isBefore(since); day = day.minusDays(1)) {
            if (!schedule.isDueOn(day)) {
                continue;
            }
            if (done.contains(day)) {
                streak++;
            } else if (!day.equals(today)) {
                break;
            }
        }
        return streak;
    }

    /** Check-offs that count ÷ check-offs due between {@code from} and {@code to} inclusive; 1 when nothing was due. */
    public static double adherence(HabitSchedule schedule, Set<LocalDate> done, LocalDate from, LocalDate to) {
        return tally(schedule, done, from, to).ratio();
    }

    /** Check-offs due and met in a range, so that several habits' figures can be added before dividing. */
    public record Tally(int met, int due) {
        public double ratio() {
            return due == 0 ? 1.0 : (double) met / due;
        }

        public Tally plus(Tally other) {
            return new Tally(met + other.met, due + other.due);
        }
    }

    /** Check-offs that count and check-offs due between {@code from} and {@code to} inclusive (none when to is before from). */
    public static Tally tally(HabitSchedule schedule, Set<LocalDate> done, LocalDate from, LocalDate to) {
        int due = 0;
        int met = 0;
        for (LocalDate monday = HabitSchedule.mondayOf(from); !monday.isAfter(to); monday = monday.plusWeeks(1)) {
            int dueThisWeek = schedule.dueIn(monday, from, to);
            int doneThisWeek = 0;
            for (int i = 0; i < 7; i++) {
                LocalDate d = monday.plusDays(i);
                if (!d.isBefore(from) && !d.isAfter(to) && schedule.isDueOn(d) && done.contains(d)) {
                    doneThisWeek++;
                }
            }
            due += dueThisWeek;
            met += Math.min(dueThisWeek, doneThisWeek);
        }
        return new Tally(met, due);
    }

    private static int doneInWeek(Set<LocalDate> done, LocalDate monday, LocalDate until) {
        int n = 0;
        for (int i = 0; i < 7; i++) {
            LocalDate d = monday.plusDays(i);
            if (!d.isAfter(until) && done.contains(d)) {
                n++;
            }
        }
        return n;
    }
}
