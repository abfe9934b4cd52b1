package com.coachkeep.training.application.port.in;

import com.coachkeep.shared.application.Actor;
import com.coachkeep.training.domain.ExerciseId;

/**
 * Hides a global exercise from the workspace's library (search and substitutes leave it out; it stays readable by id,
 * so programs that name it keep working), or shows it again. Both are audited and repeatable.
 */
public interface HideExerciseUseCase {
    ExerciseView hide(Actor actor, ExerciseId id);

    ExerciseView unhide(Actor actor, ExerciseId id);
}
