package com.coachkeep.training.application.port.in;

import com.coachkeep.shared.application.Actor;
import com.coachkeep.training.domain.ExerciseId;

/**
 * One exercise of the library, by id: a global one, or one of the workspace's own in any state; an id that names a
 * merged exercise answers its survivor ({@code redirectedFrom} says so). Another workspace's exercise is not found.
 */
public interface GetExerciseUseCase {
    ExerciseView get(Actor actor, ExerciseId id);
}
