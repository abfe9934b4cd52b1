package com.coachkeep.training.application.port.in;

import com.coachkeep.shared.application.Actor;

/**
 * Merges a duplicate workspace exercise into the one to keep (audited). The duplicate is kept, marked merged and
 * pointing at the survivor, so every later reference by its id resolves to the survivor; its name and aliases become
 * aliases of the survivor (when the survivor is the workspace's own, or as the workspace's aliases of a global one), and
 * exercises merged into the duplicate earlier now point at the survivor directly. Returns the survivor.
 */
public interface MergeExerciseUseCase {
    ExerciseView merge(Actor actor, MergeExerciseCommand command);
}
