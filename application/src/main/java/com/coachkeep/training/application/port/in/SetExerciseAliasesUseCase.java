package com.coachkeep.training.application.port.in;

import com.coachkeep.shared.application.Actor;
import com.coachkeep.training.domain.ExerciseAliases;
import com.coachkeep.training.domain.ExerciseId;

/** Replaces the workspace's aliases of an exercise, global or its own; search finds them. */
public interface SetExerciseAliasesUseCase {
    ExerciseView setAliases(Actor actor, ExerciseId id, ExerciseAliases aliases);
}
