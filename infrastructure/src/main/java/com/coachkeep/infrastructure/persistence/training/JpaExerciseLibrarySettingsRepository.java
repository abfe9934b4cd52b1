package com.coachkeep.infrastructure.persistence.training;

import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.infrastructure.persistence.shared.Rows;
import com.coachkeep.infrastructure.persistence.shared.TenantScope;
import com.coachkeep.shared.application.StaleVersionException;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.training.application.port.out.ExerciseLibrarySettingsRepository;
import com.coachkeep.training.domain.ExerciseLibrarySettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/** One row per workspace that changed its library settings; none means the defaults. */
@ApplicationScoped
public class JpaExerciseLibrarySettingsRepository implements ExerciseLibrarySettingsRepository {
    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;

    @Override
    public ExerciseLibrarySettings get(WorkspaceId w) {
        return read(w, false);
    }

    @Override
    public ExerciseLibrarySettings save(WorkspaceId w, boolean aiDescriptions, Long expectedVersion, PersonId by, Instant now) {
        ExerciseLibrarySettings current = read(w, true);
        StaleVersionException.check(expectedVersion, current.version());
        em.createNativeQuery("insert into exercise_library_settings (workspace_id, ai_descriptions, updated_by, updated_at, version) "
                + "values (cast(?1 as uuid), ?2, cast(?3 as uuid), cast(?4 as timestamptz), 1) on conflict (workspace_id) do update set "
                + "ai_descriptions = excluded.ai_descriptions, updated_by = excluded.updated_by, updated_at = excluded.updated_at, "
                + "version = exercise_library_settings.version + 1")
                .setParameter(1, w.value().toString()).setParameter(2, aiDescriptions).setParameter(3, by.toString())
                .setParameter(4, Rows.param(now)).executeUpdate();
        return new ExerciseLibrarySettings(aiDescriptions, current.version() + 1);
    }

    @SuppressWarnings("unchecked")
    private ExerciseLibrarySettings read(WorkspaceId w, boolean lock) {
        tenant.workspace(w);
        List<Object[]> rows = em.createNativeQuery("select ai_descriptions, version from exercise_library_settings where workspace_id = cast(?1 as uuid)"
                + (lock ? " for update" : "")).setParameter(1, w.value().toString()).getResultList();
        return rows.stream().findFirst().map(r -> new ExerciseLibrarySettings(Boolean.TRUE.equals(r[0]), ((Number) r[1]).longValue()))
                .orElse(ExerciseLibrarySettings.defaults());
    }
}
