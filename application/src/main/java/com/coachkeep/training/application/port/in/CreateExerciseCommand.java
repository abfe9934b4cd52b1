package com.coachkeep.training.application.port.in;

import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.Violation;
import com.coachkeep.training.domain.ExerciseAliases;
import com.coachkeep.training.domain.ExerciseDetails;
import java.util.ArrayList;
import java.util.List;

/** A new exercise of the workspace's own library, with its aliases. */
public record CreateExerciseCommand(ExerciseDetails details, ExerciseAliases aliases) {
    public static CreateExerciseCommand of(String name, String instructions, String videoUrl, List<String> tags,
            List<String> primaryMuscles, List<String> secondaryMuscles, String equipment, String pattern, String mechanics,
            String variationGroup, List<String> aliases) {
        List<Violation> violations = new ArrayList<>();
        ExerciseDetails d = null;
        ExerciseAliases a = new ExerciseAliases(List.of());
        try {
            d = ExerciseDetails.of(name, instructions, videoUrl, tags, primaryMuscles, secondaryMuscles, equipment, pattern,
                    mechanics, variationGroup);
        } catch (InvalidInputException e) {
            violations.addAll(e.violations());
        }
        try {
            a = aliases == null ? a : ExerciseAliases.of(aliases);
        } catch (IllegalArgumentException e) {
            violations.add(new Violation("aliases", e.getMessage()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new CreateExerciseCommand(d, a);
    }
}
