package com.coachkeep.training.domain;

import com.coachkeep.shared.domain.Text;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Other names a workspace uses for an exercise ("RDL" for the Romanian deadlift), which search finds: up to 20,
 * each a single line of up to 200 characters, compared without case (a repeated alias counts once).
 */
public record ExerciseAliases(List<String> values) {
    public static final int MAX = 20;

    public ExerciseAliases {
        values = List.copyOf(values);
    }

    public static ExerciseAliases of(Collection<String> raw) {
        if (raw == null) {
            throw new IllegalArgumentException("must be a list of names");
        }
        if (raw.size() > MAX) {
            throw new IllegalArgumentException("must hold at most " + MAX + " aliases");
        }
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String alias : raw) {
            String a = Text.singleLine(alias, 200);
            byKey.putIfAbsent(key(a), a);
        }
        return new ExerciseAliases(List.copyOf(byKey.values()));
    }

    /** How names are compared and searched: lower case, inner blanks collapsed. */
    public static String key(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
