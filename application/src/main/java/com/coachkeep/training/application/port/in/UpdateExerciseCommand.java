package com.coachkeep.training.application.port.in;

import com.coachkeep.shared.application.Patch;
import com.coachkeep.shared.domain.Text;
import com.coachkeep.shared.domain.Validator;
import com.coachkeep.training.domain.Equipment;
import com.coachkeep.training.domain.ExerciseAliases;
import com.coachkeep.training.domain.ExerciseDetails;
import com.coachkeep.training.domain.ExerciseId;
import com.coachkeep.training.domain.Mechanics;
import com.coachkeep.training.domain.MovementPattern;
import com.coachkeep.training.domain.Muscle;
import com.coachkeep.training.domain.WorkspaceExercise;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;

/**
 * A partial change of a workspace exercise; absent fields stay. {@code instructions}, {@code videoUrl} and
 * {@code variationGroup} may be cleared with null; {@code status} archives ({@code archived}) or restores
 * ({@code active}); {@code aliases} replaces the aliases.
 */
public record UpdateExerciseCommand(ExerciseId exerciseId, Patch<String> name, Patch<String> instructions, Patch<URI> videoUrl,
        Patch<SortedSet<String>> tags, Patch<Set<Muscle>> primaryMuscles, Patch<Set<Muscle>> secondaryMuscles,
        Patch<Equipment> equipment, Patch<MovementPattern> pattern, Patch<Mechanics> mechanics, Patch<String> variationGroup,
        Patch<WorkspaceExercise.Status> status, Patch<ExerciseAliases> aliases, Long expectedVersion) {

    public static UpdateExerciseCommand of(ExerciseId id, Patch<String> name, Patch<String> instructions, Patch<String> videoUrl,
            Patch<List<String>> tags, Patch<List<String>> primaryMuscles, Patch<List<String>> secondaryMuscles,
            Patch<String> equipment, Patch<String> pattern, Patch<String> mechanics, Patch<String> variationGroup,
            Patch<String> status, Patch<List<String>> aliases, Long expectedVersion) {
        Validator v = new Validator();
        return done(v, new UpdateExerciseCommand(id,
                map(v, "name", name, false, raw -> Text.singleLine(raw, 200)),
                map(v, "instructions", instructions, true, raw -> Text.required(raw, 4000)),
                map(v, "videoUrl", videoUrl, true, ExerciseDetails::videoUrl),
                map(v, "tags", tags, false, ExerciseDetails::tags),
                map(v, "primaryMuscles", primaryMuscles, false, raw -> ExerciseDetails.muscles(raw, true)),
                map(v, "secondaryMuscles", secondaryMuscles, false, raw -> ExerciseDetails.muscles(raw, false)),
                map(v, "equipment", equipment, false, raw -> ExerciseDetails.parse(Equipment.class, raw)),
                map(v, "pattern", pattern, false, raw -> ExerciseDetails.parse(MovementPattern.class, raw)),
                map(v, "mechanics", mechanics, false, raw -> ExerciseDetails.parse(Mechanics.class, raw)),
                map(v, "variationGroup", variationGroup, true, ExerciseDetails::group),
                map(v, "status", status, false, UpdateExerciseCommand::status),
                map(v, "aliases", aliases, false, ExerciseAliases::of),
                expectedVersion));
    }

    private static UpdateExerciseCommand done(Validator v, UpdateExerciseCommand c) {
        v.throwIfInvalid();
        return c;
    }

    private static <R, T> Patch<T> map(Validator v, String field, Patch<R> patch, boolean nullable, java.util.function.Function<R, T> parser) {
        if (!patch.isPresent()) {
            return Patch.absent();
        }
        if (patch.value() == null) {
            v.require(nullable, field, "must not be null");
            return Patch.of(null);
        }
        if (patch.value() instanceof String s && s.isBlank() && nullable) {
            return Patch.of(null);
        }
        return Patch.of(v.check(field, patch.value(), parser));
    }

    private static WorkspaceExercise.Status status(String raw) {
        WorkspaceExercise.Status s = ExerciseDetails.parse(WorkspaceExercise.Status.class, raw);
        if (s == WorkspaceExercise.Status.MERGED) {
            throw new IllegalArgumentException("must be active or archived (merge an exercise with its merge operation)");
        }
        return s;
    }
}
