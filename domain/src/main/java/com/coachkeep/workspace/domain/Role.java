package com.coachkeep.workspace.domain;

import static com.coachkeep.shared.domain.Permission.*;

import com.coachkeep.shared.domain.Permission;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The built-in roles and the permissions each grants. Staff roles are owner, coach, assistant and custom (a
 * permission set the owner defines, see {@link CustomRole}: its permissions come from that role, not from
 * here); a client only ever reaches their own data.
 *
 * <ul>
 * <li>owner: every staff and owner permission;</li>
 * <li>coach: the coaching work on the clients they can see: clients, notes, programs, nutrition, check-ins,
 * messages; no billing, no staff or settings changes;</li>
 * <li>assistant: reads what is assigned to them and the programs, sends nothing, changes nothing, never
 * billing;</li>
 * <li>client: their own data only.</li>
 * </ul>
 */
public enum Role {
    OWNER(ownerPermissions()),
    COACH(EnumSet.of(WORKSPACE_READ, STAFF_READ, CLIENTS_READ_ASSIGNED, CLIENTS_MANAGE, CLIENT_NOTES_READ,
            CLIENT_NOTES_WRITE, PROGRAMS_READ, PROGRAMS_MANAGE, NUTRITION_READ, NUTRITION_MANAGE, CHECKIN_FORMS_MANAGE,
            CHECKINS_READ_ASSIGNED, CHECKINS_REVIEW, MESSAGES_READ_ASSIGNED, MESSAGES_SEND, PHOTOS_VIEW)),
    ASSISTANT(EnumSet.of(WORKSPACE_READ, STAFF_READ, CLIENTS_READ_ASSIGNED, PROGRAMS_READ, NUTRITION_READ,
            CHECKINS_READ_ASSIGNED, MESSAGES_READ_ASSIGNED)),
    /** A staff member with a custom role; the permissions are the custom role's, loaded with the membership. */
    CUSTOM(EnumSet.noneOf(Permission.class)),
    CLIENT(EnumSet.of(WORKSPACE_READ, SELF_READ, SELF_WRITE, SELF_MESSAGES, SELF_EXPORT, SELF_DELETE, SELF_PHOTOS));

    /** The roles with a fixed permission set, as listed to callers. */
    public static final List<Role> BUILT_IN = List.of(OWNER, COACH, ASSISTANT, CLIENT);

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = Set.copyOf(permissions);
    }

    public Set<Permission> permissions() {
        return permissions;
    }

    private static Set<Permission> ownerPermissions() {
        Set<Permission> all = EnumSet.noneOf(Permission.class);
        for (Permission p : Permission.values()) {
            if (p.kind() != Permission.Kind.SELF) {
                all.add(p);
            }
        }
        return all;
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
