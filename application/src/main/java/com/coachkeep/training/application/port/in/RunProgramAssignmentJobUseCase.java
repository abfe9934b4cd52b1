package com.coachkeep.training.application.port.in;

import com.coachkeep.shared.application.Actor;
import com.coachkeep.training.domain.ProgramAssignmentJobId;

/**
 * Works through a job one batch at a time, each batch in its own transaction, as the requester ({@code actor}: who they
 * were when they started it; a client they can no longer see fails with that reason). Answers whether clients remain.
 */
public interface RunProgramAssignmentJobUseCase {
    int BATCH = 50;

    boolean runBatch(Actor actor, ProgramAssignmentJobId id);
}
