package com.coachkeep.training.application.port.in;

import com.coachkeep.shared.application.Actor;

/** The owner turns AI-drafted exercise descriptions on or off for the workspace (audited). */
public interface UpdateExerciseLibrarySettingsUseCase {
    ExerciseLibrarySettingsView update(Actor actor, boolean aiDescriptions, Long expectedVersion);
}
