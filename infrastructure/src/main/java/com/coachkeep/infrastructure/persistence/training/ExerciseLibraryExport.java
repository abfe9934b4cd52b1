package com.coachkeep.infrastructure.persistence.training;

import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.infrastructure.persistence.shared.Rows;
import com.coachkeep.infrastructure.persistence.shared.TenantScope;
import com.coachkeep.privacy.application.port.out.ExportArchivePort;
import com.coachkeep.privacy.application.port.out.PersonalDataExportPort;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The exercise library's part of the workspace archive: every exercise of the workspace's own (archived and merged
 * ones too, with the survivor they point at), its aliases, the global exercises it hides and its settings. A client's
 * own archive holds nothing of it: the library says nothing about a client.
 */
@ApplicationScoped
public class ExerciseLibraryExport implements PersonalDataExportPort {
    static final int PAGE = 200;

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;

    @Override
    public String feature() {
        return "exercise-library";
    }

    @Override
    public List<String> tables() {
        return ExerciseLibraryErasure.TABLES;
    }

    @Override
    public String readme() {
        return """
                    exercises/<id>.json       the workspace's own exercises: name, instructions, video, tags, muscles,
                                              equipment, pattern, mechanics, variation group, status (a merged one names
                                              the exercise it was merged into)
                    aliases.csv               the workspace's other names for exercises, global or its own
                    hidden.csv                the global exercises the workspace hides
                    settings.json             the library's settings (AI-drafted descriptions on or off)""";
    }

    @Override
    @SuppressWarnings("unchecked")
    public void exportWorkspace(WorkspaceId workspaceId, ExportArchivePort archive) {
        tenant.workspace(workspaceId);
        String after = null;
        do {
            jakarta.persistence.Query q = em.createNativeQuery("select " + ExerciseRows.OWN_COLUMNS + " from exercise e where e.workspace_id = cast(?1 as uuid)"
                    + (after == null ? "" : " and e.id > cast(?2 as uuid)") + " order by e.id limit " + PAGE)
                    .setParameter(1, workspaceId.value().toString());
            if (after != null) {
                q.setParameter(2, after);
            }
            List<Object[]> rows = q.getResultList();
            for (Object[] r : rows) {
                var e = ExerciseRows.toOwn(workspaceId, r);
                var d = e.details();
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", e.id().toString());
                m.put("name", d.name());
                m.put("instructions", d.instructions());
                m.put("videoUrl", d.videoUrl() == null ? null : d.videoUrl().toString());
                m.put("tags", List.copyOf(d.tags()));
                m.put("primaryMuscles", d.primaryMuscles().stream().sorted().map(x -> wire(x)).toList());
                m.put("secondaryMuscles", d.secondaryMuscles().stream().sorted().map(x -> wire(x)).toList());
                m.put("equipment", wire(d.equipment()));
                m.put("pattern", wire(d.pattern()));
                m.put("mechanics", wire(d.mechanics()));
                m.put("variationGroup", d.variationGroup());
                m.put("status", wire(e.status()));
                m.put("mergedInto", e.mergedInto() == null ? null : e.mergedInto().toString());
                m.put("createdAt", e.createdAt().toString());
                m.put("updatedAt", e.updatedAt().toString());
                archive.json("exercises/" + e.id() + ".json", m);
            }
            after = rows.size() < PAGE ? null : Rows.uuid(rows.get(rows.size() - 1)[0]).toString();
        } while (after != null);
        List<List<String>> aliases = new ArrayList<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("select exercise_id, alias, created_at from exercise_alias where workspace_id = cast(?1 as uuid) "
                + "order by exercise_id, sort_alias").setParameter(1, workspaceId.value().toString()).getResultList()) {
            aliases.add(Arrays.asList(Rows.text(r[0]), (String) r[1], Rows.instant(r[2]).toString()));
        }
        archive.csv("aliases.csv", List.of("exerciseId", "alias", "createdAt"), aliases.iterator());
        List<List<String>> hidden = new ArrayList<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("select exercise_id, hidden_at from exercise_hidden where workspace_id = cast(?1 as uuid) "
                + "order by exercise_id").setParameter(1, workspaceId.value().toString()).getResultList()) {
            hidden.add(Arrays.asList(Rows.text(r[0]), Rows.instant(r[1]).toString()));
        }
        Iterator<List<String>> h = hidden.iterator();
        archive.csv("hidden.csv", List.of("exerciseId", "hiddenAt"), h);
        List<Object> ai = em.createNativeQuery("select ai_descriptions from exercise_library_settings where workspace_id = cast(?1 as uuid)")
                .setParameter(1, workspaceId.value().toString()).getResultList();
        archive.json("settings.json", Map.of("aiDescriptions", !ai.isEmpty() && Boolean.TRUE.equals(ai.get(0))));
    }

    @Override
    public void exportClient(WorkspaceId workspaceId, ClientId clientId, ExportArchivePort archive) {
        // the library holds nothing about a client
    }

    private static String wire(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
