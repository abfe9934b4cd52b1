package com.coachkeep.training.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PersonalRecordTest {
    private final ExerciseId squat = ExerciseId.newId();
    private final ExerciseId bench = ExerciseId.newId();
    private final LocalDate monday = LocalDate.of(2026, 11, 30);

    private PerformedSet set(LocalDate date, ExerciseId exercise, SetType type, double kg, int reps, Effort effort) {
        return new PerformedSet(date, exercise, type, BigDecimal.valueOf(kg), reps, effort);
    }

    @Test
    void aHeavierFiveIsARepRecordAndAnEstimatedMaxRecord() {
        List<PerformedSet> history = List.of(set(monday, squat, SetType.WORKING, 100, 5, null),
                set(monday, squat, SetType.WORKING, 110, 3, null));
        PerformedSet today = set(monday.plusDays(3), squat, SetType.WORKING, 105, 5, null);

        List<PersonalRecord> records = PersonalRecord.brokenBy(today, history, OneRepMaxFormula.EPLEY);

        assertEquals(List.of(new PersonalRecord(squat, monday.plusDays(3), 5, BigDecimal.valueOf(105.0)),
                new PersonalRecord(squat, monday.plusDays(3), 0, new BigDecimal("122.5"))), records);
    }

    @Test
    void aTieWarmUpsOtherExercisesAndUnloadedSetsSetNoRecord() {
        List<PerformedSet> history = List.of(set(monday, squat, SetType.WORKING, 100, 5, null),
                set(monday, bench, SetType.WORKING, 200, 1, null));

        assertTrue(PersonalRecord.brokenBy(set(monday, squat, SetType.WORKING, 100, 5, null), history,
                OneRepMaxFormula.EPLEY).isEmpty());
        assertTrue(PersonalRecord.brokenBy(set(monday, squat, SetType.WARM_UP, 150, 5, null), history,
                OneRepMaxFormula.EPLEY).isEmpty());
        assertTrue(PersonalRecord.brokenBy(set(monday, squat, SetType.WORKING, 0, 20, null), history,
                OneRepMaxFormula.EPLEY).isEmpty());
    }

    @Test
    void anEasySetCanBeAnEstimatedMaxRecordWithoutARepRecord() {
        List<PerformedSet> history = List.of(set(monday, squat, SetType.WORKING, 120, 3, null));
        // 115 × 3 with two reps in reserve estimates above 120 × 3 to failure
        List<PersonalRecord> records = PersonalRecord.brokenBy(set(monday, squat, SetType.WORKING, 115, 3, Effort.rir(2)),
                history, OneRepMaxFormula.EPLEY);

        assertEquals(1, records.size());
        assertTrue(records.get(0).isEstimatedOneRepMax());
    }

    @Test
    void weeklyVolumeCountsPrimaryMusclesOnceAndSecondaryHalf() {
        Map<ExerciseId, WeeklyVolume.Targets> muscles = Map.of(
                squat, new WeeklyVolume.Targets(Set.of(Muscle.QUADS, Muscle.GLUTES), Set.of(Muscle.ADDUCTORS)),
                bench, new WeeklyVolume.Targets(Set.of(Muscle.CHEST), Set.of(Muscle.TRICEPS, Muscle.FRONT_DELTS)));
        List<PerformedSet> sets = List.of(set(monday, squat, SetType.WORKING, 100, 5, null),
                set(monday.plusDays(2), squat, SetType.WORKING, 100, 5, null),
                set(monday.plusDays(2), squat, SetType.WARM_UP, 60, 5, null),
                set(monday.plusDays(6), bench, SetType.WORKING, 80, 8, null),
                set(monday.plusDays(7), bench, SetType.WORKING, 80, 8, null));

        Map<LocalDate, Map<Muscle, Double>> weeks = WeeklyVolume.of(sets, muscles::get);

        assertEquals(Map.of(Muscle.QUADS, 2.0, Muscle.GLUTES, 2.0, Muscle.ADDUCTORS, 1.0, Muscle.CHEST, 1.0,
                Muscle.TRICEPS, 0.5, Muscle.FRONT_DELTS, 0.5), weeks.get(monday));
        assertEquals(Map.of(Muscle.CHEST, 1.0, Muscle.TRICEPS, 0.5, Muscle.FRONT_DELTS, 0.5), weeks.get(monday.plusDays(7)));
    }
}
