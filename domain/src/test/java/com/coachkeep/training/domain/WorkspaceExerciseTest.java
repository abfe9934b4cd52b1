package com.coachkeep.training.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WorkspaceExerciseTest {
    static final Instant T0 = Instant.parse("2026-12-07T08:00:00Z");
    static final Instant T1 = T0.plusSeconds(60);

    static WorkspaceExercise fresh() {
        return WorkspaceExercise.create(new WorkspaceId(UUID.randomUUID()), ExerciseDetailsTest.valid(), new PersonId(UUID.randomUUID()), T0);
    }

    @Test
    void anArchivedExerciseIsRestoredBeforeItIsChanged() {
        WorkspaceExercise e = fresh();
        e.archive(T1);
        assertEquals(WorkspaceExercise.Status.ARCHIVED, e.status());
        ExerciseRuleException refused = assertThrows(ExerciseRuleException.class, () -> e.revise(ExerciseDetailsTest.valid(), T1));
        assertEquals("exercise-archived", refused.code());
        e.restore(T1);
        e.revise(ExerciseDetailsTest.valid(), T1);
        assertEquals(3, e.version());
        assertEquals(T1, e.updatedAt());
    }

    @Test
    void aMergedExerciseNamesItsSurvivorAndIsFinal() {
        WorkspaceExercise e = fresh();
        ExerciseId survivor = ExerciseId.newId();
        e.mergeInto(survivor, T1);
        assertEquals(WorkspaceExercise.Status.MERGED, e.status());
        assertEquals(survivor, e.mergedInto());
        for (Runnable change : new Runnable[] {() -> e.archive(T1), () -> e.restore(T1), () -> e.mergeInto(ExerciseId.newId(), T1),
                () -> e.revise(ExerciseDetailsTest.valid(), T1)}) {
            assertEquals("exercise-merged", assertThrows(ExerciseRuleException.class, change::run).code());
        }
        ExerciseId later = ExerciseId.newId();
        e.redirect(later, T1);
        assertEquals(later, e.mergedInto());
    }

    @Test
    void anExerciseIsNeverMergedIntoItself() {
        WorkspaceExercise e = fresh();
        assertEquals("merge-into-itself", assertThrows(ExerciseRuleException.class, () -> e.mergeInto(e.id(), T1)).code());
        assertEquals(WorkspaceExercise.Status.ACTIVE, e.status());
    }

    @Test
    void onlyAMergedExerciseHasASurvivor() {
        assertThrows(IllegalArgumentException.class, () -> new WorkspaceExercise(ExerciseId.newId(), new WorkspaceId(UUID.randomUUID()),
                ExerciseDetailsTest.valid(), WorkspaceExercise.Status.ACTIVE, ExerciseId.newId(), null, T0, T0, 0));
    }
}
