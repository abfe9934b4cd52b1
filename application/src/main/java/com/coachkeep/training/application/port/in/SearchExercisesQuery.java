package com.coachkeep.training.application.port.in;

import com.coachkeep.shared.domain.PageRequest;
import com.coachkeep.shared.domain.Text;
import com.coachkeep.shared.domain.Validator;
import com.coachkeep.training.domain.Equipment;
import com.coachkeep.training.domain.ExerciseDetails;
import com.coachkeep.training.domain.LibraryExercise;
import com.coachkeep.training.domain.Mechanics;
import com.coachkeep.training.domain.MovementPattern;
import com.coachkeep.training.domain.Muscle;

/**
 * Which exercises to list. Every filter is optional: {@code text} matches the name or an alias (a part of it, or a
 * similar word: trigram similarity); {@code muscle} matches primary or secondary muscles; {@code source} keeps the
 * global catalogue or the workspace's own; {@code includeHidden} lists the global exercises the workspace hides too.
 */
public record SearchExercisesQuery(String text, Muscle muscle, Equipment equipment, MovementPattern pattern, Mechanics mechanics,
        LibraryExercise.Source source, boolean includeHidden, PageRequest page) {

    public static SearchExercisesQuery of(String q, String muscle, String equipment, String pattern, String mechanics,
            String source, String includeHidden, PageRequest page) {
        Validator v = new Validator();
        String text = q == null || q.isBlank() ? null : v.check("q", q, raw -> Text.singleLine(raw, 100));
        Muscle m = blank(muscle) ? null : v.check("muscle", muscle, raw -> ExerciseDetails.parse(Muscle.class, raw));
        Equipment e = blank(equipment) ? null : v.check("equipment", equipment, raw -> ExerciseDetails.parse(Equipment.class, raw));
        MovementPattern p = blank(pattern) ? null : v.check("pattern", pattern, raw -> ExerciseDetails.parse(MovementPattern.class, raw));
        Mechanics k = blank(mechanics) ? null : v.check("mechanics", mechanics, raw -> ExerciseDetails.parse(Mechanics.class, raw));
        LibraryExercise.Source s = blank(source) ? null : v.check("source", source, raw -> ExerciseDetails.parse(LibraryExercise.Source.class, raw));
        Boolean hidden = blank(includeHidden) ? Boolean.FALSE : v.check("includeHidden", includeHidden, SearchExercisesQuery::bool);
        v.throwIfInvalid();
        return new SearchExercisesQuery(text, m, e, p, k, s, hidden, page);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static Boolean bool(String raw) {
        return switch (raw.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("must be true or false");
        };
    }
}
