package com.coachkeep.privacy.application.port.in;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.AuditRecord;
import com.coachkeep.shared.domain.WorkspaceId;

/**
 * A client's erasure on their documented request, carried out by support, who checked the request and authorised
 * themselves before calling this: the same erasure as the client's own.
 */
public interface EraseClientOnRequestUseCase {
    /** {@code recordedAs} names support in the workspace's trail; returns the rows erased. */
    long eraseOnClientsRequest(WorkspaceId workspaceId, ClientId clientId, AuditRecord recordedAs);
}
