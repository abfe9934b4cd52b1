package com.coachkeep.training.application.port.out;

import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.training.domain.ExerciseId;
import java.util.Set;

/** Which exercises a program may name: those of the global catalogue (and, once it exists, the workspace's own library). */
public interface PrescribedExercisesPort {
    /** The ids among {@code ids} that name no exercise the workspace can use. */
    Set<ExerciseId> unknown(WorkspaceId workspaceId, Set<ExerciseId> ids);

    /** The muscles each of {@code ids} trains (primary and secondary), for weekly volume; unknown ids are left out. */
    java.util.Map<ExerciseId, com.coachkeep.training.domain.WeeklyVolume.Targets> targets(WorkspaceId workspaceId, Set<ExerciseId> ids);
}
