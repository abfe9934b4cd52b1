package com.coachkeep.workspace.application.port.in;

import com.coachkeep.shared.application.Actor;
import com.coachkeep.workspace.domain.InvitationId;

/** Sends a pending invitation again with a fresh link; the previous link stops working. */
public interface ResendInvitationUseCase {
    InvitationView resend(Actor actor, InvitationId id);
}
