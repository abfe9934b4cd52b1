package com.coachkeep.training.application.port.in;

import com.coachkeep.shared.domain.Ids;
import com.coachkeep.shared.domain.Validator;
import com.coachkeep.training.domain.ExerciseId;

/** Merge the workspace exercise {@code duplicate} into {@code survivor} (a global exercise or another of the workspace's own). */
public record MergeExerciseCommand(ExerciseId duplicate, ExerciseId survivor) {
    public static MergeExerciseCommand of(ExerciseId duplicate, String into) {
        Validator v = new Validator();
        ExerciseId survivor = v.check("into", into, raw -> {
            if (raw == null || raw.isBlank()) {
                throw new IllegalArgumentException("is required: the id of the exercise to keep");
            }
            try {
                return new ExerciseId(Ids.parse(raw));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("must be an exercise id");
            }
        });
        v.throwIfInvalid();
        return new MergeExerciseCommand(duplicate, survivor);
    }
}
