package com.coachkeep.workspace.application.port.out;

import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Instant;
import java.util.UUID;

/**
 * Links a roster entry to the person who accepted its client invitation. Implemented by the roster context,
 * so the workspace context does not depend on it.
 */
public interface ClientRecordLinker {
    void link(WorkspaceId workspaceId, UUID clientRef, PersonId personId, Instant at);
}
