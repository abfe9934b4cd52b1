package com.coachkeep.workspace.domain;

import com.coachkeep.shared.domain.Permission;
import com.coachkeep.shared.domain.Text;
import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A permission set the workspace owner defines and gives to staff members ("Front desk", "Head coach").
 * Lifecycle: defined → renamed or re-granted any number of times → deleted (only while no active staff member
 * holds it; the use case checks). Invariants: the name is one line of 1 to 60 characters and is not the name of
 * a built-in role (uniqueness within the workspace, ignoring case, is checked by the use case, which sees the
 * other roles); the permission set is not empty and holds staff permissions only: owner permissions (workspace
 * deletion and export, settings, staff and role management, billing changes) and a client's self permissions
 * can never be granted. Members holding the role get exactly its current permissions on their next request.
 * The version increases with every change and is the ETag callers use to avoid lost updates.
 */
public final class CustomRole {
    public static final int MAX_NAME_LENGTH = 60;
    /** How many custom roles one workspace may define; keeps role lists short enough to answer in one page. */
    public static final int MAX_PER_WORKSPACE = 50;
    /** The version a new role has when first stored (what its first ETag says). */
    public static final long FIRST_VERSION = 1;

    private final CustomRoleId id;
    private final WorkspaceId workspaceId;
    private String name;
    private Set<Permission> permissions;
    private final Instant createdAt;
    private Instant updatedAt;
    private final long version;

    public CustomRole(CustomRoleId id, WorkspaceId workspaceId, String name, Set<Permission> permissions,
            Instant createdAt, Instant updatedAt, long version) {
        this.id = Objects.requireNonNull(id);
        this.workspaceId = Objects.requireNonNull(workspaceId);
        this.name = Objects.requireNonNull(name);
        // Stored sets are trusted but still filtered: should a permission ever become owner-only, roles that
        // held it lose it rather than keep granting it.
        Set<Permission> kept = EnumSet.noneOf(Permission.class);
        permissions.stream().filter(Permission::grantableToCustomRoles).forEach(kept::add);
        this.permissions = Collections.unmodifiableSet(kept);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.updatedAt = Objects.requireNonNull(updatedAt);
        this.version = version;
    }

    /** A new role; {@code name} and {@code permissions} as checked by {@link #name(String)} and {@link #grantable}. */
    public static CustomRole define(WorkspaceId workspaceId, String name, Set<Permission> permissions, Instant now) {
        return new CustomRole(CustomRoleId.newId(), workspaceId, name(name), grantable(permissions), now, now, FIRST_VERSION);
    }

    public void rename(String newName, Instant now) {
        this.name = name(newName);
        this.updatedAt = now;
    }

    /** Replaces the permission set; holders have the new set from their next request on. */
    public void grant(Set<Permission> newPermissions, Instant now) {
        this.permissions = Collections.unmodifiableSet(EnumSet.copyOf(grantable(newPermissions)));
        this.updatedAt = now;
    }

    /** Whether this role is called {@code other}, ignoring case and surrounding space (names must differ so). */
    public boolean isCalled(String other) {
        return other != null && name.toLowerCase(Locale.ROOT).equals(other.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * A valid role name from raw input: one line, 1 to 60 characters, not a built-in role's name. Raises
     * IllegalArgumentException with a message meant for the caller.
     */
    public static String name(String raw) {
        String value = Text.singleLine(raw, MAX_NAME_LENGTH);
        for (Role builtIn : Role.values()) {
            if (builtIn.wireName().equalsIgnoreCase(value)) {
                throw new IllegalArgumentException("must not be the name of a built-in role");
            }
        }
        return value;
    }

    /**
     * The permission set a custom role may hold: not empty, staff permissions only. Raises
     * IllegalArgumentException naming the permissions that cannot be granted.
     */
    public static Set<Permission> grantable(Collection<Permission> permissions) {
        if (permissions == null || permissions.isEmpty()) {
            throw new IllegalArgumentException("must name at least one permission");
        }
        List<String> refused = new ArrayList<>();
        for (Permission p : EnumSet.copyOf(permissions)) {
            if (!p.grantableToCustomRoles()) {
                refused.add(p.wireName());
            }
        }
        if (!refused.isEmpty()) {
            throw new IllegalArgumentException("cannot grant " + String.join(", ", refused)
                    + " (reserved to the owner or to clients themselves)");
        }
        return EnumSet.copyOf(permissions);
    }

    public CustomRoleId id() { return id; }
    public WorkspaceId workspaceId() { return workspaceId; }
    public String name() { return name; }
    public Set<Permission> permissions() { return permissions; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public long version() { return version; }
}
