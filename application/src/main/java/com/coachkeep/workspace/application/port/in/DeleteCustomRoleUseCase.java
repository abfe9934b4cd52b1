package com.coachkeep.workspace.application.port.in;

import com.coachkeep.shared.application.Actor;

/** Deletes a custom role that no active staff member holds (owner only). */
public interface DeleteCustomRoleUseCase {
    void deleteRole(Actor actor, String roleId);
}
