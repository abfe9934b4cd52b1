package com.coachkeep.training.application.port.in;

import com.coachkeep.shared.application.Actor;
import com.coachkeep.training.domain.ExerciseId;
import java.util.Collection;
import java.util.Map;

/**
 * The exercises a program or a workout log names, for the views that show them (a client reads the library only
 * this way, through what they were prescribed). Merged ids resolve to their survivors; ids that name nothing the
 * workspace can see are left out. Keys are the ids asked for.
 */
public interface LookUpExercisesUseCase {
    /** At most this many ids per call. */
    int MAX_IDS = 500;

    Map<ExerciseId, ExerciseView> lookUp(Actor actor, Collection<ExerciseId> ids);
}
