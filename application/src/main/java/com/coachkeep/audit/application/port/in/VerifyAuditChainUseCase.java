package com.coachkeep.audit.application.port.in;

import com.coachkeep.audit.domain.ChainReport;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.domain.WorkspaceId;

/** Checks a workspace's whole chain and its latest signed checkpoint; reports the first broken link. */
public interface VerifyAuditChainUseCase {
    /** The owner checking their own workspace's trail. */
    ChainReport verify(Actor actor);

    /** An operator's or a scheduled check (not reachable from the public API). */
    ChainReport verifyAsOperator(WorkspaceId workspaceId);
}
