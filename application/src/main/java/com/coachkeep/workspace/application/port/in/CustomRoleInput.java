package com.coachkeep.workspace.application.port.in;

import com.coachkeep.shared.domain.Permission;
import com.coachkeep.workspace.domain.CustomRole;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Reads a custom role's permission list as callers send it (wire names). */
final class CustomRoleInput {
    private CustomRoleInput() {
    }

    /** Raises IllegalArgumentException naming unknown or ungrantable permissions. */
    static Set<Permission> permissions(List<String> raw) {
        if (raw == null) {
            throw new IllegalArgumentException("must name at least one permission");
        }
        Set<Permission> parsed = EnumSet.noneOf(Permission.class);
        List<String> unknown = new ArrayList<>();
        for (String name : raw) {
            try {
                parsed.add(Permission.parse(name));
            } catch (IllegalArgumentException e) {
                unknown.add(String.valueOf(name));
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("names unknown permissions " + unknown);
        }
        return CustomRole.grantable(parsed);
    }
}
