package com.coachkeep.training.application.port.in;

import com.coachkeep.shared.application.Actor;
import com.coachkeep.training.domain.ExerciseId;

/**
 * Drafts an exercise's instructions with the configured provider (P-AI-1): only when the deployment configured one and
 * the workspace's owner turned the option on; sends the exercise's name, equipment and muscles and nothing else; each
 * call is recorded in the audit trail.
 */
public interface SuggestExerciseDescriptionUseCase {
    ExerciseDescriptionSuggestion suggest(Actor actor, ExerciseId id);
}
