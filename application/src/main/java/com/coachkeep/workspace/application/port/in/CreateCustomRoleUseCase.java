package com.coachkeep.workspace.application.port.in;

import com.coachkeep.shared.application.Actor;

/** Defines a custom role (owner only); its name must differ from every other role of the workspace. */
public interface CreateCustomRoleUseCase {
    RoleView createRole(Actor actor, CreateCustomRoleCommand command);
}
