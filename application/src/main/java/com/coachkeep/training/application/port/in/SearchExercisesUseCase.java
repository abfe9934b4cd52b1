package com.coachkeep.training.application.port.in;

import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.domain.Page;

/** The library as staff see it: global and own exercises, by relevance when searching by text, else by name. */
public interface SearchExercisesUseCase {
    Page<ExerciseView> search(Actor actor, SearchExercisesQuery query);
}
