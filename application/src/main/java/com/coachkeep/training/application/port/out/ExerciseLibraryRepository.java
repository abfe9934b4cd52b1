package com.coachkeep.training.application.port.out;

import com.coachkeep.shared.domain.Page;
import com.coachkeep.shared.domain.PageRequest;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.training.domain.Equipment;
import com.coachkeep.training.domain.ExerciseAliases;
import com.coachkeep.training.domain.ExerciseId;
import com.coachkeep.training.domain.LibraryExercise;
import com.coachkeep.training.domain.Mechanics;
import com.coachkeep.training.domain.MovementPattern;
import com.coachkeep.training.domain.Muscle;
import com.coachkeep.training.domain.WorkspaceExercise;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One workspace's exercise library: the global catalogue (read only) and the workspace's own exercises, its aliases
 * and the global exercises it hides. Every method takes the workspace.
 */
public interface ExerciseLibraryRepository {
    /**
     * What search filters by; all optional. With {@code text}, results come by relevance (best first), else by name.
     * Only offered exercises (active, not hidden) unless {@code includeHidden}, which adds the hidden global ones.
     */
    record Filter(String text, Muscle muscle, Equipment equipment, MovementPattern pattern, Mechanics mechanics,
            LibraryExercise.Source source, boolean includeHidden) {
    }

    Page<LibraryExercise> search(WorkspaceId workspaceId, Filter filter, PageRequest page);

    /** A global exercise, or one of the workspace's own in any state, with the workspace's aliases and hidden flag. */
    Optional<LibraryExercise> find(WorkspaceId workspaceId, ExerciseId id);

    Optional<WorkspaceExercise> findOwn(WorkspaceId workspaceId, ExerciseId id);

    void add(WorkspaceExercise exercise);

    /** Stores a changed exercise; raises StaleVersionException when it changed since it was read. */
    void update(WorkspaceExercise exercise);

    /** The workspace's exercises merged into {@code survivor}. */
    List<WorkspaceExercise> mergedInto(WorkspaceId workspaceId, ExerciseId survivor);

    ExerciseAliases aliases(WorkspaceId workspaceId, ExerciseId id);

    void setAliases(WorkspaceId workspaceId, ExerciseId id, ExerciseAliases aliases, Instant now);

    /** Hides a global exercise; false when it was hidden already. */
    boolean hide(WorkspaceId workspaceId, ExerciseId id, PersonId by, Instant now);

    /** Shows a hidden global exercise again; false when it was not hidden. */
    boolean unhide(WorkspaceId workspaceId, ExerciseId id);

    /** Offered exercises of a variation group, global and own, by name, without {@code except}. */
    List<LibraryExercise> variationGroup(WorkspaceId workspaceId, String group, ExerciseId except, int limit);
}
