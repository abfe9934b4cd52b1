package com.coachkeep.training.application.port.in;

import com.coachkeep.training.domain.ExerciseDetails;
import com.coachkeep.training.domain.ExerciseId;
import com.coachkeep.training.domain.LibraryExercise;
import com.coachkeep.training.domain.Muscle;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One exercise of a workspace's library, in wire names ({@code "barbell"}, {@code "quads"}).
 *
 * @param source         {@code global} (the catalogue that ships with Coachkeep) or {@code workspace}
 * @param status         {@code active}, {@code archived} or {@code merged}
 * @param redirectedFrom the id that was asked for when it named a merged exercise and this is its survivor; else null
 */
public record ExerciseView(ExerciseId id, String source, String name, String instructions, String videoUrl, List<String> tags,
        List<String> primaryMuscles, List<String> secondaryMuscles, String equipment, String pattern, String mechanics,
        String variationGroup, List<String> aliases, boolean hidden, String status, ExerciseId redirectedFrom,
        Instant createdAt, Instant updatedAt, long version) {

    public static ExerciseView of(LibraryExercise e) {
        return of(e, null);
    }

    public static ExerciseView of(LibraryExercise e, ExerciseId redirectedFrom) {
        ExerciseDetails d = e.details();
        return new ExerciseView(e.id(), wire(e.source()), d.name(), d.instructions(), d.videoUrl() == null ? null : d.videoUrl().toString(),
                List.copyOf(d.tags()), muscles(d.primaryMuscles()), muscles(d.secondaryMuscles()), wire(d.equipment()),
                wire(d.pattern()), wire(d.mechanics()), d.variationGroup(), e.aliases().values(), e.hidden(), wire(e.status()),
                redirectedFrom, e.createdAt(), e.updatedAt(), e.version());
    }

    private static List<String> muscles(Set<Muscle> muscles) {
        return muscles.stream().sorted().map(ExerciseView::wire).toList();
    }

    static String wire(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
