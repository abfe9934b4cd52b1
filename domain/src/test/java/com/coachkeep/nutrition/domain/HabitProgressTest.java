package com.coachkeep.nutrition.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HabitProgressTest {
    private final LocalDate start = LocalDate.of(2026, 11, 2);   // a Monday
    private final HabitSchedule daily = new HabitSchedule.Daily();

    private Set<LocalDate> days(LocalDate from, int count) {
        Set<LocalDate> done = new HashSet<>();
        for (int i = 0; i < count; i++) {
            done.add(from.plusDays(i));
        }
        return done;
    }

    @Test
    void aDailyStreakIsNotBrokenByTodayNotDoneYet() {
        Set<LocalDate> done = days(start, 10);

        assertEquals(10, HabitProgress.streak(daily, done, start, start.plusDays(9)));
        assertEquals(10, HabitProgress.streak(daily, done, start, start.plusDays(10)), "today is still open");
        assertEquals(0, HabitProgress.streak(daily, done, start, start.plusDays(11)), "yesterday was missed");
    }

    @Test
    void weekdayHabitsOnlyCountTheirDays() {
        HabitSchedule mwf = new HabitSchedule.OnWeekdays(Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY));
        Set<LocalDate> done = Set.of(start, start.plusDays(2), start.plusDays(4), start.plusDays(7));

        assertEquals(4, HabitProgress.streak(mwf, done, start, start.plusDays(8)), "Tuesday is not a due day");
        assertEquals(1.0, HabitProgress.adherence(mwf, done, start, start.plusDays(8)));
        assertEquals(0.8, HabitProgress.adherence(mwf, done, start, start.plusDays(9)), 1e-9);
    }

    @Test
    void aTimesPerWeekHabitCountsWholeWeeks() {
        HabitSchedule thrice = new HabitSchedule.TimesPerWeek(3);
        Set<LocalDate> done = Set.of(start, start.plusDays(1), start.plusDays(5),          // week 1: 3
                start.plusDays(8), start.plusDays(9), start.plusDays(10),                    // week 2: 3
                start.plusDays(14));                                                          // week 3: 1 so far

        assertEquals(2, HabitProgress.streak(thrice, done, start, start.plusDays(15)), "this week is still open");
        assertEquals(3, HabitProgress.streak(thrice, Set.of(start, start.plusDays(1), start.plusDays(5),
                start.plusDays(8), start.plusDays(9), start.plusDays(10), start.plusDays(14), start.plusDays(15),
                start.plusDays(16)), start, start.plusDays(16)));
        assertEquals(7.0 / 9, HabitProgress.adherence(thrice, done, start, start.plusDays(20)), 1e-9);
    }

    @Test
    void aCheckOffLateAtNightCountsForTheClientsOwnDayAcrossDaylightSaving() {
        // 23:30 in Sydney on 5 April 2026, the night daylight saving ends there, is 13:30 UTC: still the 5th locally
        ZoneId sydney = ZoneId.of("Australia/Sydney");
        Instant lateSunday = Instant.parse("2026-04-05T13:30:00Z");
        LocalDate local = lateSunday.atZone(sydney).toLocalDate();
        Set<LocalDate> done = Set.of(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 4), local);

        assertEquals(LocalDate.of(2026, 4, 5), local);
        assertEquals(3, HabitProgress.streak(daily, done, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 6)));
    }

    @Test
    void aStreakNeverExceedsTheCheckOffsAndAdherenceStaysBetweenZeroAndOne() {
        Random random = new Random(3);
        HabitSchedule[] schedules = {daily, new HabitSchedule.TimesPerWeek(4),
                new HabitSchedule.OnWeekdays(Set.of(DayOfWeek.TUESDAY, DayOfWeek.SATURDAY))};
        for (int i = 0; i < 300; i++) {
            Set<LocalDate> done = new HashSet<>();
            for (int d = 0; d < 60; d++) {
                if (random.nextInt(10) < 7) {
                    done.add(start.plusDays(d));
                }
            }
            LocalDate today = start.plusDays(random.nextInt(60));
            for (HabitSchedule s : schedules) {
                int streak = HabitProgress.streak(s, done, start, today);
                double adherence = HabitProgress.adherence(s, done, start, today);
                assertTrue(streak >= 0 && adherence >= 0 && adherence <= 1, s + " " + streak + " " + adherence);
                if (!(s instanceof HabitSchedule.TimesPerWeek)) {
                    assertTrue(streak <= done.stream().filter(x -> !x.isAfter(today)).count());
                }
            }
        }
    }

    @Test
    void impossibleSchedulesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new HabitSchedule.TimesPerWeek(8));
        assertThrows(IllegalArgumentException.class, () -> new HabitSchedule.OnWeekdays(Set.of()));
    }
}
