package com.coachkeep.training.application.port.in;

import com.coachkeep.shared.application.Actor;
import com.coachkeep.training.domain.ExerciseId;
import java.util.List;

/**
 * The exercises that can stand in for one (its variation group: the same movement with other equipment), global and
 * the workspace's own, offered ones only, by name; at most {@link #MAX}.
 */
public interface ListSubstitutesUseCase {
    int MAX = 100;

    List<ExerciseView> listSubstitutes(Actor actor, ExerciseId id);
}
