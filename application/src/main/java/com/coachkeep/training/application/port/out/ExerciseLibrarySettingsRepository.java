package com.coachkeep.training.application.port.out;

import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.training.domain.ExerciseLibrarySettings;
import java.time.Instant;

/** A workspace's exercise-library settings; the defaults ({@link ExerciseLibrarySettings#defaults()}) until changed. */
public interface ExerciseLibrarySettingsRepository {
    ExerciseLibrarySettings get(WorkspaceId workspaceId);

    /** Stores the settings (version + 1); raises StaleVersionException when {@code expectedVersion} is given and differs. */
    ExerciseLibrarySettings save(WorkspaceId workspaceId, boolean aiDescriptions, Long expectedVersion, PersonId by, Instant now);
}
