package com.coachkeep.training.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgramPlanTest {
    private final ExerciseId squat = ExerciseId.newId();
    private final ExerciseId row = ExerciseId.newId();

    @Test
    void aSupersetWithOneExerciseIsRefusedNamingTheField() {
        Block superset = new Block(PlanKey.newKey(), BlockType.SUPERSET, List.of(Plans.entry(squat, 3, 8, 60)),
                null, null, null, null);
        ProgramPlan plan = Plans.plan(new ProgramDay(PlanKey.newKey(), "Lower", false, List.of(superset)));

        InvalidInputException e = assertThrows(InvalidInputException.class, plan::validate);

        assertEquals(List.of(new Violation("phases[0].weeks[0].days[0].blocks[0].entries",
                "a superset needs at least 2 exercises")), e.violations());
    }

    @Test
    void everyInvalidFieldIsNamedAtOnce() {
        SetPrescription badSet = new SetPrescription(SetType.WORKING, 12, 8, null, null, null, null, 90, 60, "fast",
                null);
        Block amrap = new Block(PlanKey.newKey(), BlockType.AMRAP,
                List.of(new BlockEntry(PlanKey.newKey(), row, List.of(badSet), null)), null, null, null, null);
        ProgramPlan plan = Plans.plan(new ProgramDay(PlanKey.newKey(), "", false, List.of(amrap)),
                new ProgramDay(PlanKey.newKey(), "Rest", true, List.of(Block.single(Plans.entry(squat, 1, 5, 100)))));

        List<String> fields = assertThrows(InvalidInputException.class, plan::validate).violations().stream()
                .map(Violation::field).toList();

        assertEquals(List.of("phases[0].weeks[0].days[0].name",
                "phases[0].weeks[0].days[0].blocks[0].durationSeconds",
                "phases[0].weeks[0].days[0].blocks[0].entries[0].sets[0].repsMax",
                "phases[0].weeks[0].days[0].blocks[0].entries[0].sets[0].restMaxSeconds",
                "phases[0].weeks[0].days[0].blocks[0].entries[0].sets[0].tempo",
                "phases[0].weeks[0].days[1].blocks"), fields);
    }

    @Test
    void aSetNeedsExactlyOneKindOfTarget() {
        SetPrescription both = new SetPrescription(SetType.WORKING, 5, 5, 30, null, null, null, null, null, null, null);
        SetPrescription none = new SetPrescription(SetType.WORKING, null, null, null, null, null, null, null, null, null,
                null);
        SetPrescription openAmrap = new SetPrescription(SetType.AMRAP, null, null, null, null, null, null, null, null,
                null, null);
        ProgramPlan plan = Plans.plan(Plans.day("A", new BlockEntry(PlanKey.newKey(), squat,
                List.of(both, none, openAmrap), null)));

        List<Violation> violations = assertThrows(InvalidInputException.class, plan::validate).violations();

        assertEquals(2, violations.size());
        assertTrue(violations.stream().allMatch(v -> v.message().equals("a set needs exactly one of reps, seconds or metres")));
    }

    @Test
    void longProgramsAndLongNamesAreFine() {
        String name = "Wave loading for the intermediate lifter who trains four days a week".repeat(2);
        List<ProgramWeek> weeks = new ArrayList<>();
        for (int i = 0; i < 104; i++) {
            weeks.add(new ProgramWeek(PlanKey.newKey(), List.of(
                    new ProgramDay(PlanKey.newKey(), name, false, List.of(Block.single(Plans.entry(squat, 5, 5, 100)))),
                    ProgramDay.rest("Rest"))));
        }
        ProgramPlan twoYears = new ProgramPlan(List.of(new ProgramPhase(PlanKey.newKey(), name, weeks)));

        assertEquals(104, twoYears.validate().weekCount());
        assertEquals(104, twoYears.trainingDays().size());
        assertEquals(208, twoYears.days().size());
    }

    @Test
    void aKeyUsedTwiceIsRefused() {
        BlockEntry entry = Plans.entry(squat, 3, 5, 100);
        ProgramPlan plan = Plans.plan(Plans.day("A", entry), Plans.day("B", entry));

        assertEquals("phases", assertThrows(InvalidInputException.class, plan::validate).violations().get(0).field());
    }

    @Test
    void percentagesAreTheSameTargetWhateverTheirScale() {
        assertEquals(new LoadTarget.PercentOfOneRepMax(new BigDecimal("75")),
                new LoadTarget.PercentOfOneRepMax(new BigDecimal("75.00")));
        assertThrows(IllegalArgumentException.class, () -> new LoadTarget.PercentOfOneRepMax(new BigDecimal("151")));
    }
}
