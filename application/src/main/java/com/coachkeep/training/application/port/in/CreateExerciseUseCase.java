package com.coachkeep.training.application.port.in;

import com.coachkeep.shared.application.Actor;

/** Adds an exercise to the workspace's own library (audited). */
public interface CreateExerciseUseCase {
    ExerciseView create(Actor actor, CreateExerciseCommand command);
}
