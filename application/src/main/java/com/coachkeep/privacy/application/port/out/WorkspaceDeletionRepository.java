package com.coachkeep.privacy.application.port.out;

import com.coachkeep.privacy.domain.WorkspaceDeletion;
import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Instant;
import java.util.Optional;

/** The deletions of workspaces, from the request until some time after they finished. */
public interface WorkspaceDeletionRepository {
    void add(WorkspaceDeletion deletion);

    Optional<WorkspaceDeletion> find(WorkspaceId workspaceId);

    /**
     * The oldest unfinished deletion no other transaction is working on, locked for the caller's transaction
     * (several workers and nodes share the work); empty when there is none.
     */
    Optional<WorkspaceDeletion> claimNextUnfinished();

    void update(WorkspaceDeletion deletion);

    /** Forgets deletions that finished before the given time; returns how many. */
    int removeFinishedBefore(Instant time);
}
