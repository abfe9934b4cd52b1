package com.coachkeep.infrastructure.persistence.training;

import com.coachkeep.infrastructure.persistence.shared.Rows;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.training.domain.Equipment;
import com.coachkeep.training.domain.ExerciseAliases;
import com.coachkeep.training.domain.ExerciseDetails;
import com.coachkeep.training.domain.ExerciseId;
import com.coachkeep.training.domain.LibraryExercise;
import com.coachkeep.training.domain.Mechanics;
import com.coachkeep.training.domain.MovementPattern;
import com.coachkeep.training.domain.Muscle;
import com.coachkeep.training.domain.WorkspaceExercise;
import jakarta.persistence.Query;
import java.net.URI;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The library's row shape, the same for global and own exercises (lists travel as text joined by the unit separator,
 * U+001F, which validated text never holds), and its mapping to the domain.
 */
final class ExerciseRows {
    static final String SEP = "\u001f";
    static final int SORT_NAME = 3;
    static final int RANK = 19;
    static final int ALIASES = 20;

    static final String OWN_COLUMNS = "e.id, 'WORKSPACE' as source, e.name, e.sort_name, e.instructions, e.video_url, "
            + "array_to_string(e.tags, chr(31)) as tags, array_to_string(e.primary_muscles, chr(31)) as primary_muscles, "
            + "array_to_string(e.secondary_muscles, chr(31)) as secondary_muscles, e.equipment, e.pattern, e.mechanics, e.variation_group, "
            + "e.status, e.merged_into, e.created_at, e.updated_at, e.version, false as hidden";

    private ExerciseRows() {
    }

    static String globalColumns(String workspaceParam) {
        return "c.id, 'GLOBAL' as source, c.name, cast(lower(c.name) as varchar(200)) as sort_name, c.instructions, cast(null as varchar) as video_url, "
                + "'' as tags, array_to_string(c.primary_muscle_list, chr(31)) as primary_muscles, "
                + "array_to_string(c.secondary_muscle_list, chr(31)) as secondary_muscles, c.equipment, c.pattern, c.mechanics, "
                + "c.variation_of as variation_group, 'ACTIVE' as status, cast(null as uuid) as merged_into, cast(null as timestamptz) as created_at, "
                + "cast(null as timestamptz) as updated_at, cast(0 as bigint) as version, exists (select 1 from exercise_hidden h where "
                + "h.workspace_id = cast(" + workspaceParam + " as uuid) and h.exercise_id = c.id) as hidden";
    }

    static String aliasesColumn(String workspaceParam) {
        return "(select string_agg(a.alias, chr(31) order by a.sort_alias) from exercise_alias a where a.workspace_id = cast("
                + workspaceParam + " as uuid) and a.exercise_id = x.id) as aliases";
    }

    static LibraryExercise toLibrary(Object[] r) {
        String aliases = (String) r[ALIASES];
        return new LibraryExercise(new ExerciseId(Rows.uuid(r[0])), LibraryExercise.Source.valueOf(r[1].toString()), details(r),
                WorkspaceExercise.Status.valueOf(r[13].toString()), r[14] == null ? null : new ExerciseId(Rows.uuid(r[14])),
                new ExerciseAliases(aliases == null || aliases.isEmpty() ? List.of() : List.of(aliases.split(SEP))),
                Boolean.TRUE.equals(r[18]), Rows.instant(r[15]), Rows.instant(r[16]), ((Number) r[17]).longValue());
    }

    static WorkspaceExercise toOwn(WorkspaceId w, Object[] r) {
        return new WorkspaceExercise(new ExerciseId(Rows.uuid(r[0])), w, details(r), WorkspaceExercise.Status.valueOf(r[13].toString()),
                r[14] == null ? null : new ExerciseId(Rows.uuid(r[14])), null, Rows.instant(r[15]), Rows.instant(r[16]),
                ((Number) r[17]).longValue());
    }

    private static ExerciseDetails details(Object[] r) {
        String video = (String) r[5];
        return new ExerciseDetails((String) r[2], (String) r[4], video == null ? null : URI.create(video), new TreeSet<>(list(r[6])),
                muscles(r[7]), muscles(r[8]), Equipment.valueOf(r[9].toString().strip()), MovementPattern.valueOf(r[10].toString().strip()),
                Mechanics.valueOf(r[11].toString().strip()), (String) r[12]);
    }

    private static List<String> list(Object joined) {
        String s = (String) joined;
        return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split(SEP));
    }

    private static Set<Muscle> muscles(Object joined) {
        List<String> names = list(joined);
        return names.isEmpty() ? Set.of() : EnumSet.copyOf(names.stream().map(n -> Muscle.valueOf(n.strip())).collect(Collectors.toSet()));
    }

    /** Binds ?1–?17 of the insert and update statements. */
    static void bindOwn(Query q, WorkspaceExercise e) {
        ExerciseDetails d = e.details();
        q.setParameter(1, e.workspaceId().value().toString());
        q.setParameter(2, e.id().toString());
        q.setParameter(3, d.name());
        q.setParameter(4, ExerciseAliases.key(d.name()));
        q.setParameter(5, d.instructions());
        q.setParameter(6, d.videoUrl() == null ? null : d.videoUrl().toString());
        q.setParameter(7, String.join(SEP, d.tags()));
        q.setParameter(8, d.primaryMuscles().stream().sorted().map(Enum::name).collect(Collectors.joining(SEP)));
        q.setParameter(9, d.secondaryMuscles().stream().sorted().map(Enum::name).collect(Collectors.joining(SEP)));
        q.setParameter(10, d.equipment().name());
        q.setParameter(11, d.pattern().name());
        q.setParameter(12, d.mechanics().name());
        q.setParameter(13, d.variationGroup());
        q.setParameter(14, e.status().name());
        q.setParameter(15, e.mergedInto() == null ? null : e.mergedInto().toString());
        q.setParameter(16, Rows.param(e.updatedAt()));
        q.setParameter(17, e.version());
    }
}
