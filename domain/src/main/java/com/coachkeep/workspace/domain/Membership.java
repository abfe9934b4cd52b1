package com.coachkeep.workspace.domain;

import com.coachkeep.shared.domain.MembershipId;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A person's place in a workspace, with their role. Lifecycle: granted (on founding or on accepting an
 * invitation) → possibly re-roled → removed. A removed membership grants nothing, from the very next request.
 * Invariants: the owner's membership can be neither removed nor re-roled; a staff membership never becomes a
 * client one or the other way round; an active membership names a custom role exactly when its role is
 * {@link Role#CUSTOM} (a removed one may have lost it, when the role was deleted since).
 */
public final class Membership {
    private final MembershipId id;
    private final WorkspaceId workspaceId;
    private final PersonId personId;
    private Role role;
    private CustomRoleId customRoleId;
    private Status status;
    private final Instant createdAt;
    private Instant removedAt;

    public enum Status { ACTIVE, REMOVED }

    public Membership(MembershipId id, WorkspaceId workspaceId, PersonId personId, Role role, Status status,
            Instant createdAt, Instant removedAt) {
        this(id, workspaceId, personId, role, null, status, createdAt, removedAt);
    }

    public Membership(MembershipId id, WorkspaceId workspaceId, PersonId personId, Role role, CustomRoleId customRoleId,
            Status status, Instant createdAt, Instant removedAt) {
        this.id = Objects.requireNonNull(id);
        this.workspaceId = Objects.requireNonNull(workspaceId);
        this.personId = Objects.requireNonNull(personId);
        this.role = Objects.requireNonNull(role);
        // A removed member's custom role may have been deleted since; an active custom member always has one.
        if ((customRoleId != null && role != Role.CUSTOM)
                || (role == Role.CUSTOM && customRoleId == null && status == Status.ACTIVE)) {
            throw new IllegalArgumentException("a custom role id goes with the custom role, and only with it");
        }
        this.customRoleId = customRoleId;
        this.status = Objects.requireNonNull(status);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.removedAt = removedAt;
    }

    public static Membership grant(WorkspaceId workspaceId, PersonId personId, Role role, Instant now) {
        return new Membership(MembershipId.newId(), workspaceId, personId, role, Status.ACTIVE, now, null);
    }

    /** Gives a staff member another built-in staff role (coach or assistant). */
    public void changeRole(Role newRole) {
        requireReRolable(newRole);
        if (!Set.of(Role.COACH, Role.ASSISTANT).contains(newRole)) {
            throw new MembershipRuleException("not-a-staff-role", "Only staff members can change between coach, assistant and custom roles.");
        }
        this.role = newRole;
        this.customRoleId = null;
    }

    /** Gives a staff member a custom role of the same workspace (the use case checks that it exists there). */
    public void assignCustomRole(CustomRoleId customRole) {
        Objects.requireNonNull(customRole);
        requireReRolable(Role.CUSTOM);
        this.role = Role.CUSTOM;
        this.customRoleId = customRole;
    }

    private void requireReRolable(Role newRole) {
        requireActive();
        if (role == Role.OWNER || newRole == Role.OWNER) {
            throw new MembershipRuleException("owner-role-fixed", "The owner's role cannot be changed or given away here.");
        }
        if (!role.isStaff()) {
            throw new MembershipRuleException("not-a-staff-role", "Only staff members can change between coach, assistant and custom roles.");
        }
    }

    /** Ends this membership; the person loses access at once. */
    public void remove(Instant now) {
        requireActive();
        if (role == Role.OWNER) {
            throw new MembershipRuleException("owner-cannot-be-removed", "The owner cannot be removed from their own workspace.");
        }
        this.status = Status.REMOVED;
        this.removedAt = now;
    }

    public boolean isActive() {
        return status == Status.ACTIVE;
    }

    private void requireActive() {
        if (!isActive()) {
            throw new MembershipRuleException("membership-removed", "This membership has already been removed.");
        }
    }

    public MembershipId id() { return id; }
    public WorkspaceId workspaceId() { return workspaceId; }
    public PersonId personId() { return personId; }
    public Role role() { return role; }
    /** The custom role this member holds, or null unless {@link #role()} is {@link Role#CUSTOM}. */
    public CustomRoleId customRoleId() { return customRoleId; }
    public Status status() { return status; }
    public Instant createdAt() { return createdAt; }
    public Instant removedAt() { return removedAt; }
}
