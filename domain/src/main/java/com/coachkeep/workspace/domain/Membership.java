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
 * client one or the other way round.
 */
public final class Membership {
    private final MembershipId id;
    private final WorkspaceId workspaceId;
    private final PersonId personId;
    private Role role;
    private Status status;
    private final Instant createdAt;
    private Instant removedAt;

    public enum Status { ACTIVE, REMOVED }

    public Membership(MembershipId id, WorkspaceId workspaceId, PersonId personId, Role role, Status status,
            Instant createdAt, Instant removedAt) {
        this.id = Objects.requireNonNull(id);
        this.workspaceId = Objects.requireNonNull(workspaceId);
        this.personId = Objects.requireNonNull(personId);
        this.role = Objects.requireNonNull(role);
        this.status = Objects.requireNonNull(status);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.removedAt = removedAt;
    }

    public static Membership grant(WorkspaceId workspaceId, PersonId personId, Role role, Instant now) {
        return new Membership(MembershipId.newId(), workspaceId, personId, role, Status.ACTIVE, now, null);
    }

    /** Gives a staff member another staff role. */
    public void changeRole(Role newRole) {
        requireActive();
        if (role == Role.OWNER || newRole == Role.OWNER) {
            throw new MembershipRuleException("owner-role-fixed", "The owner's role cannot be changed or given away here.");
        }
        if (!role.isStaff() || !Set.of(Role.COACH, Role.ASSISTANT).contains(newRole)) {
            throw new MembershipRuleException("not-a-staff-role", "Only staff members can change between coach and assistant.");
        }
        this.role = newRole;
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
    public Status status() { return status; }
    public Instant createdAt() { return createdAt; }
    public Instant removedAt() { return removedAt; }
}
