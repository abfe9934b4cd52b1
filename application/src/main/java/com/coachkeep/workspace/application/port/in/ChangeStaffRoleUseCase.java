package com.coachkeep.workspace.application.port.in;

import com.coachkeep.shared.application.Actor;

public interface ChangeStaffRoleUseCase {
    StaffMemberView changeRole(Actor actor, ChangeStaffRoleCommand command);
}
