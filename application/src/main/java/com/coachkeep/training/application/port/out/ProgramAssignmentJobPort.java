package com.coachkeep.training.application.port.out;

import com.coachkeep.shared.application.Actor;
import com.coachkeep.training.domain.ProgramAssignmentJobId;

/** Runs a started job's batches in the background once the transaction that queued it commits (and not if it rolls back). */
public interface ProgramAssignmentJobPort {
    void started(Actor actor, ProgramAssignmentJobId id);
}
