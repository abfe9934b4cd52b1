package com.coachkeep.infrastructure.persistence.training;

import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.infrastructure.persistence.shared.Rows;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.training.application.port.out.PrescribedExercisesPort;
import com.coachkeep.training.domain.ExerciseId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The exercises a plan may name, in one query per plan: the global catalogue ({@code exercise_catalogue}) and the
 * workspace's own library ({@code exercise}: active ones, and merged ones, which resolve to their survivor when read;
 * an archived exercise is not offered to new plans).
 */
@ApplicationScoped
public class JpaPrescribedExercises implements PrescribedExercisesPort {
    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;

    @Override
    @SuppressWarnings("unchecked")
    public Set<ExerciseId> unknown(WorkspaceId workspaceId, Set<ExerciseId> ids) {
        String list = ids.stream().map(id -> id.value().toString()).collect(Collectors.joining(","));
        List<Object> known = em.createNativeQuery("select id::text from exercise_catalogue where id = any (cast(string_to_array(?1, ',') as uuid[])) "
                        + "union all select id::text from exercise where workspace_id = ?2 and status <> 'ARCHIVED' "
                        + "and id = any (cast(string_to_array(?1, ',') as uuid[]))")
                .setParameter(1, list).setParameter(2, workspaceId.value()).getResultList();
        Set<ExerciseId> unknown = new LinkedHashSet<>(ids);
        known.forEach(k -> unknown.remove(new ExerciseId(Rows.uuid(k))));
        return unknown;
    }

    @Override
    @SuppressWarnings("unchecked")
    public java.util.Map<ExerciseId, com.coachkeep.training.domain.WeeklyVolume.Targets> targets(WorkspaceId workspaceId, Set<ExerciseId> ids) {
        String list = ids.stream().map(id -> id.value().toString()).collect(Collectors.joining(","));
        List<Object[]> rows = em.createNativeQuery("select id::text, primary_muscles, secondary_muscles from exercise_catalogue "
                        + "where id = any (cast(string_to_array(?1, ',') as uuid[])) "
                        + "union all select id::text, array_to_string(primary_muscles, ';'), array_to_string(secondary_muscles, ';') "
                        + "from exercise where workspace_id = ?2 and id = any (cast(string_to_array(?1, ',') as uuid[]))")
                .setParameter(1, list).setParameter(2, workspaceId.value()).getResultList();
        java.util.Map<ExerciseId, com.coachkeep.training.domain.WeeklyVolume.Targets> out = new java.util.HashMap<>();
        for (Object[] r : rows) {
            out.put(new ExerciseId(Rows.uuid(r[0])), new com.coachkeep.training.domain.WeeklyVolume.Targets(muscles(r[1]), muscles(r[2])));
        }
        return out;
    }

    private static Set<com.coachkeep.training.domain.Muscle> muscles(Object text) {
        Set<com.coachkeep.training.domain.Muscle> out = java.util.EnumSet.noneOf(com.coachkeep.training.domain.Muscle.class);
        if (text != null) {
            for (String m : text.toString().split(";")) {
                if (!m.isBlank()) {
                    out.add(com.coachkeep.training.domain.Muscle.valueOf(m.strip()));
                }
            }
        }
        return out;
    }
}
