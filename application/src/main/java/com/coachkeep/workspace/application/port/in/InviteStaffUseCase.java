package com.coachkeep.workspace.application.port.in;

import com.coachkeep.shared.application.Actor;

public interface InviteStaffUseCase {
    InvitationView invite(Actor actor, InviteStaffCommand command);
}
