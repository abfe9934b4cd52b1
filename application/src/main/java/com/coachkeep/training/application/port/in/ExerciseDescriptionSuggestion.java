package com.coachkeep.training.application.port.in;

import com.coachkeep.training.domain.ExerciseId;

/**
 * A draft of an exercise's instructions from the configured language-model provider; nothing is stored: the coach
 * reads it, edits it, and saves it as the exercise's instructions if they wish.
 */
public record ExerciseDescriptionSuggestion(ExerciseId exerciseId, String text, String provider, String model) {
}
