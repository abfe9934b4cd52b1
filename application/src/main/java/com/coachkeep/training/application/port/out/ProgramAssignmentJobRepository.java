package com.coachkeep.training.application.port.out;

import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.training.domain.ProgramAssignmentJob;
import com.coachkeep.training.domain.ProgramAssignmentJobId;
import java.util.Optional;

/** Assignment jobs, with their clients and progress. */
public interface ProgramAssignmentJobRepository {
    void add(ProgramAssignmentJob job);

    /** The job, locked for this transaction (one batch runs at a time). */
    Optional<ProgramAssignmentJob> findForUpdate(WorkspaceId workspaceId, ProgramAssignmentJobId id);

    Optional<ProgramAssignmentJob> find(WorkspaceId workspaceId, ProgramAssignmentJobId id);

    void update(ProgramAssignmentJob job);
}
