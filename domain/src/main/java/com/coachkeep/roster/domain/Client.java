package com.coachkeep.roster.domain;

import com.coachkeep.shared.domain.DomainRuleException;
import com.coachkeep.shared.domain.EmailAddress;
import com.coachkeep.shared.domain.MembershipId;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Instant;
import java.util.Objects;

/**
 * A client of a coaching business. Lifecycle: invited (no person linked yet) → joined (linked to the person
 * who accepted the invitation); status active ⇄ paused → archived (and back). Invariants: belongs to exactly
 * one workspace; once linked, the person never changes; the assigned coach, when set, is a staff membership
 * of the same workspace (checked by the use case, which can see memberships). The version increases with
 * every change and is the ETag callers use to avoid lost updates.
 */
public final class Client {
    private final ClientId id;
    private final WorkspaceId workspaceId;
    private String displayName;
    private final EmailAddress email;
    private PersonId personId;
    private MembershipId assignedCoach;
    private Tags tags;
    private ClientStatus status;
    private final Instant createdAt;
    private Instant updatedAt;
    private final long version;

    public Client(ClientId id, WorkspaceId workspaceId, String displayName, EmailAddress email, PersonId personId,
            MembershipId assignedCoach, Tags tags, ClientStatus status, Instant createdAt, Instant updatedAt,
            long version) {
        this.id = Objects.requireNonNull(id);
        this.workspaceId = Objects.requireNonNull(workspaceId);
        this.displayName = Objects.requireNonNull(displayName);
        this.email = Objects.requireNonNull(email);
        this.personId = personId;
        this.assignedCoach = assignedCoach;
        this.tags = Objects.requireNonNull(tags);
        this.status = Objects.requireNonNull(status);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.updatedAt = Objects.requireNonNull(updatedAt);
        this.version = version;
    }

    /** The version a new client has when first stored (what its first ETag says). */
    public static final long FIRST_VERSION = 1;

    /** A new roster entry for someone being invited; {@code assignedCoach} is a membership id or null. */
    public static Client invite(WorkspaceId workspaceId, String displayName, EmailAddress email,
            MembershipId assignedCoach, Tags tags, Instant now) {
        return new Client(ClientId.newId(), workspaceId, displayName, email, null, assignedCoach, tags,
                ClientStatus.ACTIVE, now, now, FIRST_VERSION);
    }

    /** Links the roster entry to the person who accepted its invitation. */
    public void linkTo(PersonId person, Instant now) {
        if (personId != null && !personId.equals(person)) {
            throw new ClientRuleException("client-already-linked", "This client record already belongs to another account.");
        }
        this.personId = person;
        this.updatedAt = now;
    }

    public void rename(String newName, Instant now) {
        this.displayName = Objects.requireNonNull(newName);
        this.updatedAt = now;
    }

    public void assignCoach(MembershipId coachMembership, Instant now) {
        this.assignedCoach = coachMembership;
        this.updatedAt = now;
    }

    public void retag(Tags newTags, Instant now) {
        this.tags = Objects.requireNonNull(newTags);
        this.updatedAt = now;
    }

    public void changeStatus(ClientStatus newStatus, Instant now) {
        this.status = Objects.requireNonNull(newStatus);
        this.updatedAt = now;
    }

    public boolean isAssignedTo(MembershipId membership) {
        return assignedCoach != null && assignedCoach.equals(membership);
    }

    public boolean belongsTo(PersonId person) {
        return personId != null && personId.equals(person);
    }

    public ClientId id() { return id; }
    public WorkspaceId workspaceId() { return workspaceId; }
    public String displayName() { return displayName; }
    public EmailAddress email() { return email; }
    public PersonId personId() { return personId; }
    public MembershipId assignedCoach() { return assignedCoach; }
    public Tags tags() { return tags; }
    public ClientStatus status() { return status; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public long version() { return version; }

    /** A change to a client that its invariants forbid. */
    public static final class ClientRuleException extends DomainRuleException {
        public ClientRuleException(String code, String message) {
            super(code, message);
        }
    }
}
