package com.coachkeep.workspace.application.port.in;

import com.coachkeep.shared.application.Actor;
import com.coachkeep.workspace.domain.InvitationId;

/** Withdraws a pending invitation; its link stops working. */
public interface RevokeInvitationUseCase {
    void revoke(Actor actor, InvitationId id);
}
