package com.coachkeep.privacy.application.port.in;

import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Instant;

/**
 * A workspace's deletion was requested (fired inside the deletion's transaction; observe it after the commit): what
 * must be settled outside Coachkeep at once ({@link SettleDeletedWorkspaceUseCase}) need not wait for the deletion job.
 */
public record WorkspaceDeletionRequestedEvent(WorkspaceId workspaceId, Instant at) {
}
