package com.coachkeep.training.application.port.in;

import com.coachkeep.shared.application.Actor;

/** The workspace's exercise-library settings, for staff who read the library. */
public interface GetExerciseLibrarySettingsUseCase {
    ExerciseLibrarySettingsView get(Actor actor);
}
