package com.coachkeep.nutrition.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NutritionRulesTest {
    static final WorkspaceId WS = WorkspaceId.newId();
    static final ClientId CLIENT = ClientId.newId();
    static final LocalDate TODAY = LocalDate.parse("2026-06-30");

    static NutritionTarget target(DayType type, String from, int kcal) {
        return NutritionTarget.set(WS, CLIENT, new NutritionTarget.Values(type.wireName(), from, kcal, 150, 200, 70, null, null),
                PersonId.newId(), Instant.parse(from + "T00:00:00Z")).target();
    }

    @Test
    void theTargetThatAppliesIsTheLatestOfItsDayTypeNotAfterTheDay() {
        List<NutritionTarget> history = List.of(target(DayType.REST, "2026-06-01", 2000), target(DayType.REST, "2026-06-15", 1800),
                target(DayType.TRAINING, "2026-06-10", 2600));
        assertEquals(2000, NutritionTarget.applying(history, DayType.REST, LocalDate.parse("2026-06-14")).orElseThrow().calories());
        assertEquals(1800, NutritionTarget.applying(history, DayType.REST, LocalDate.parse("2026-06-15")).orElseThrow().calories());
        assertTrue(NutritionTarget.applying(history, DayType.TRAINING, LocalDate.parse("2026-06-09")).isEmpty());
    }

    @Test
    void toleranceBoundsAreInclusiveAndProteinHasNoUpperBound() {
        NutritionTarget t = target(DayType.REST, "2026-06-01", 2000);
        Tolerance tol = Tolerance.DEFAULT;
        assertTrue(DayAdherence.judge(t, new Macros(2200, 135, 230, 80.5, null), tol).onTarget(), "every bound exactly met");
        assertFalse(DayAdherence.judge(t, new Macros(2200.1, 135, 230, 80.5, null), tol).calories());
        assertTrue(DayAdherence.judge(t, new Macros(2000, 900, 200, 70, null), tol).protein());
        assertFalse(DayAdherence.judge(t, new Macros(2000, 134.9, 200, 70, null), tol).protein());
    }

    @Test
    void windowsCountUnloggedDaysAgainstButNotAnOpenToday() {
        List<NutritionTarget> history = List.of(target(DayType.REST, "2026-06-25", 2000));
        Map<LocalDate, Compliance.LoggedDay> logs = new HashMap<>();
        logs.put(TODAY.minusDays(1), new Compliance.LoggedDay(TODAY.minusDays(1), DayType.REST, new Macros(2000, 150, 200, 70, null)));
        Compliance.NutritionFigures week = Compliance.nutrition(history, logs, Tolerance.DEFAULT, TODAY, 7);
        assertEquals(5, week.daysWithTarget(), "25 to 29 June; today is not logged yet");
        assertEquals(1, week.daysOnTarget());
        assertEquals(0.2, week.adherence(), 1e-9);
        assertNull(Compliance.nutrition(List.of(), logs, Tolerance.DEFAULT, TODAY, 7).adherence(), "no target, no adherence");
    }

    @Test
    void habitProgressCountsOnlyTheHabitsActiveSpanAndTodayOnceDone() {
        Habit h = Habit.assign(UUID.randomUUID(), WS, CLIENT, new Habit.Definition("Steps", null, new HabitSchedule.TimesPerWeek(3),
                LocalDate.parse("2026-06-22")), PersonId.newId(), Instant.EPOCH); // a Monday
        Set<LocalDate> done = Set.of(LocalDate.parse("2026-06-22"), LocalDate.parse("2026-06-24"), LocalDate.parse("2026-06-26"),
                LocalDate.parse("2026-06-29"));
        HabitProgress.Tally month = h.progress(done, TODAY, 30);
        assertEquals(3 + 1, month.met());
        assertEquals(3 + 1, month.due(), "a whole week asks 3; Monday 29 alone asks its share, 1; today is still open");
        Habit archived = h.archive(LocalDate.parse("2026-06-29"), Instant.EPOCH);
        assertEquals(new HabitProgress.Tally(3, 3), archived.progress(done, TODAY, 30), "not due from the day it was archived");
    }
}
