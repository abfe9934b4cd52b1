package com.coachkeep.audit.application.port.out;

import com.coachkeep.audit.domain.Checkpoint;
import com.coachkeep.shared.domain.WorkspaceId;
import java.util.Optional;

/**
 * Signed checkpoints kept outside the database (a file, or write-once object storage in production), signed with a
 * key the database never sees.
 */
public interface AuditCheckpointPort {
    void store(Checkpoint checkpoint);

    /** The latest checkpoint of the workspace whose signature is valid, if any. */
    Optional<Checkpoint> latest(WorkspaceId workspaceId);
}
