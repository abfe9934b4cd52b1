package com.coachkeep.shared.application;

import com.coachkeep.shared.domain.MembershipId;
import com.coachkeep.shared.domain.Permission;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import java.util.Objects;
import java.util.Set;

/**
 * Who acts, in which workspace, with which permissions. Built at the edge from the verified caller and the
 * workspace in the request, with the role loaded from the database (never from token claims), so a removed
 * member has no actor on their next request. Every workspace use case takes one and checks it first.
 *
 * @param roleName    the role's wire name ({@code "owner"}, {@code "coach"}, {@code "assistant"}, {@code "client"},
 *                    or {@code "custom"} for a custom role, whose permissions are the role's as stored now)
 * @param multiFactor whether the caller signed in with multi-factor for the token of this request
 */
public record Actor(PersonId personId, WorkspaceId workspaceId, MembershipId membershipId, String roleName,
        boolean staff, Set<Permission> permissions, boolean multiFactor) {
    public Actor {
        Objects.requireNonNull(personId);
        Objects.requireNonNull(workspaceId);
        Objects.requireNonNull(membershipId);
        permissions = Set.copyOf(permissions);
    }

    /** An actor whose sign-in is not known to be multi-factor. */
    public Actor(PersonId personId, WorkspaceId workspaceId, MembershipId membershipId, String roleName, boolean staff,
            Set<Permission> permissions) {
        this(personId, workspaceId, membershipId, roleName, staff, permissions, false);
    }

    public boolean has(Permission permission) {
        return permissions.contains(permission);
    }

    /** Denies by default: raises {@link AccessDeniedException} unless the permission is granted. */
    public void require(Permission permission) {
        if (!has(permission)) {
            throw new AccessDeniedException(permission);
        }
    }
}
