package com.coachkeep.workspace.domain;

import static com.coachkeep.shared.domain.Permission.*;

import com.coachkeep.shared.domain.Permission;

import java.util.EnumSet;
import java.util.Set;

/**
 * The built-in roles and the permissions each grants. Staff roles are owner, coach and assistant; a client
 * only ever reaches their own data.
 */
public enum Role {
    OWNER(EnumSet.of(WORKSPACE_READ, WORKSPACE_MANAGE, STAFF_READ, STAFF_MANAGE, CLIENTS_READ_ASSIGNED,
            CLIENTS_READ_ALL, CLIENTS_MANAGE, CLIENT_NOTES_READ, CLIENT_NOTES_WRITE, AUDIT_READ)),
    COACH(EnumSet.of(WORKSPACE_READ, STAFF_READ, CLIENTS_READ_ASSIGNED, CLIENTS_MANAGE, CLIENT_NOTES_READ,
            CLIENT_NOTES_WRITE)),
    ASSISTANT(EnumSet.of(WORKSPACE_READ, STAFF_READ, CLIENTS_READ_ASSIGNED)),
    CLIENT(EnumSet.of(WORKSPACE_READ, SELF_READ));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = Set.copyOf(permissions);
    }

    public Set<Permission> permissions() {
        return permissions;
    }

    public boolean isStaff() {
        return this != CLIENT;
    }

    /** Parses a role name as callers write it ({@code "coach"}); raises IllegalArgumentException naming the choices. */
    public static Role parse(String text, Set<Role> allowed) {
        if (text != null) {
            for (Role role : allowed) {
                if (role.name().equalsIgnoreCase(text.strip())) {
                    return role;
                }
            }
        }
        throw new IllegalArgumentException("must be one of " + allowed.stream().map(r -> r.name().toLowerCase()).sorted().toList());
    }

    public String wireName() {
        return name().toLowerCase();
    }
}
