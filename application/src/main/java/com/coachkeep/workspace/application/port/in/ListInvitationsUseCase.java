package com.coachkeep.workspace.application.port.in;

import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.domain.Page;
import com.coachkeep.shared.domain.PageRequest;

/** Pending invitations of the workspace (staff see all; whoever manages only clients sees client invitations). */
public interface ListInvitationsUseCase {
    Page<InvitationView> listPending(Actor actor, PageRequest page);
}
