package com.coachkeep.workspace.application.port.in;

import com.coachkeep.shared.application.Actor;

/** One role: a built-in one by its name ({@code "coach"}) or a custom one by its id (owner only). */
public interface GetRoleUseCase {
    RoleView getRole(Actor actor, String roleId);
}
