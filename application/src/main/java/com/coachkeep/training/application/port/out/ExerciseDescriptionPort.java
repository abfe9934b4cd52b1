package com.coachkeep.training.application.port.out;

import com.coachkeep.training.domain.Equipment;
import com.coachkeep.training.domain.Muscle;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A language-model provider that drafts exercise instructions (P-AI-1). What it is given is exactly a
 * {@link DescriptionRequest}: an exercise's name, equipment and muscles, never anything about a client, a coach or the
 * workspace. Optional: without configuration {@link #provider()} is empty and nothing is ever sent.
 */
public interface ExerciseDescriptionPort {
    /** The configured provider: its sub-processor name and the model asked. */
    record Provider(String name, String model) {
    }

    /** Everything a provider ever receives. */
    record DescriptionRequest(String exerciseName, Equipment equipment, Set<Muscle> primaryMuscles, Set<Muscle> secondaryMuscles) {
        public DescriptionRequest {
            Objects.requireNonNull(exerciseName);
            Objects.requireNonNull(equipment);
            primaryMuscles = Set.copyOf(primaryMuscles);
            secondaryMuscles = Set.copyOf(secondaryMuscles);
        }
    }

    /** Raised when the provider cannot answer (unreachable, refused, an answer without text). */
    final class ProviderFailedException extends RuntimeException {
        public ProviderFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    Optional<Provider> provider();

    /** The drafted instructions (plain text); only called when {@link #provider()} is present. */
    String describe(DescriptionRequest request);
}
