package com.coachkeep.workspace.application.port.in;

import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Instant;
import java.util.UUID;

/**
 * Published when a client invitation is accepted, inside the same transaction, so the roster links its entry
 * to the person. Contexts depend on this event, not on each other's services.
 */
public record InvitationAcceptedEvent(WorkspaceId workspaceId, UUID clientRef, PersonId personId, Instant at) {
}
