package com.coachkeep.workspace.application.port.in;

import com.coachkeep.shared.application.Actor;

/** Renames a custom role or changes its permissions (owner only); holders have the new set on their next request. */
public interface UpdateCustomRoleUseCase {
    RoleView updateRole(Actor actor, UpdateCustomRoleCommand command);
}
