package com.coachkeep.training.application.port.in;

import com.coachkeep.shared.application.Actor;

/** Changes a workspace exercise: its details, archived or active, its aliases (audited). Global exercises are read-only. */
public interface UpdateExerciseUseCase {
    ExerciseView update(Actor actor, UpdateExerciseCommand command);
}
