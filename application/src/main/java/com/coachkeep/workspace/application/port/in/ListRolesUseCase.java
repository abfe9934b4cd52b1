package com.coachkeep.workspace.application.port.in;

import com.coachkeep.shared.application.Actor;
import java.util.List;

/** The built-in roles, then the workspace's custom roles by name, each with its permissions (owner only). */
public interface ListRolesUseCase {
    List<RoleView> listRoles(Actor actor);
}
