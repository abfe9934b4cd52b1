package com.coachkeep.training.application.port.in;

import com.coachkeep.shared.application.Actor;
import com.coachkeep.training.domain.ExerciseId;

/**
 * Takes a workspace exercise out of the library (audited): search and substitutes no longer offer it, and programs
 * and logs that name it keep reading it. Restoring is an update of its status.
 */
public interface ArchiveExerciseUseCase {
    ExerciseView archive(Actor actor, ExerciseId id);
}
