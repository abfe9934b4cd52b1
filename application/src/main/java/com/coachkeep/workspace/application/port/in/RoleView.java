package com.coachkeep.workspace.application.port.in;

import com.coachkeep.shared.domain.Permission;
import com.coachkeep.workspace.domain.CustomRole;
import com.coachkeep.workspace.domain.Role;
import java.time.Instant;
import java.util.List;

/**
 * A role as the owner sees it: a built-in one (id and name are the role's wire name, no timestamps) or a custom
 * one (id is its uuid).
 */
public record RoleView(String id, String name, boolean builtIn, List<Permission> permissions, Instant createdAt,
        Instant updatedAt, long version) {
    public RoleView {
        permissions = List.copyOf(permissions);
    }

    public static RoleView of(Role role) {
        return new RoleView(role.wireName(), role.wireName(), true, role.permissions().stream().sorted().toList(), null,
                null, 0);
    }

    public static RoleView of(CustomRole role) {
        return new RoleView(role.id().toString(), role.name(), false, role.permissions().stream().sorted().toList(),
                role.createdAt(), role.updatedAt(), role.version());
    }
}
