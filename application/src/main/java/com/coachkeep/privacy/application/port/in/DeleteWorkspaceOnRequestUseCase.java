package com.coachkeep.privacy.application.port.in;

import com.coachkeep.shared.application.AuditRecord;
import com.coachkeep.shared.domain.WorkspaceId;

/**
 * A workspace's deletion on its owner's documented request, carried out by support, who checked the request and
 * authorised themselves before calling this: the same deletion as the owner's own.
 */
public interface DeleteWorkspaceOnRequestUseCase {
    /** {@code recordedAs} names support in the platform trail; a workspace already being deleted is not found. */
    WorkspaceDeletionView deleteOnOwnersRequest(WorkspaceId id, AuditRecord recordedAs);
}
