package com.coachkeep.workspace.domain;

import com.coachkeep.shared.domain.EmailAddress;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An invitation to join a workspace as staff (coach, assistant) or as a client. Lifecycle: pending →
 * accepted (once) or revoked; it expires after {@link #VALIDITY}. Invariants: only the token's hash is kept;
 * it can be accepted only by a person whose verified email equals the invited address; it is single-use.
 * A client invitation names the roster entry ({@code clientRef}) that the accepting person takes over.
 */
public final class Invitation {
    public static final Duration VALIDITY = Duration.ofDays(7);

    private final InvitationId id;
    private final WorkspaceId workspaceId;
    private final EmailAddress email;
    private final Role role;
    private String tokenHash;
    private final UUID clientRef;
    private final PersonId invitedBy;
    private final Instant createdAt;
    private Instant expiresAt;
    private Status status;
    private PersonId acceptedBy;
    private Instant acceptedAt;

    public enum Status { PENDING, ACCEPTED, REVOKED }

    public Invitation(InvitationId id, WorkspaceId workspaceId, EmailAddress email, Role role, String tokenHash,
            UUID clientRef, PersonId invitedBy, Instant createdAt, Instant expiresAt, Status status,
            PersonId acceptedBy, Instant acceptedAt) {
        this.id = Objects.requireNonNull(id);
        this.workspaceId = Objects.requireNonNull(workspaceId);
        this.email = Objects.requireNonNull(email);
        this.role = Objects.requireNonNull(role);
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.clientRef = clientRef;
        this.invitedBy = Objects.requireNonNull(invitedBy);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.expiresAt = Objects.requireNonNull(expiresAt);
        this.status = Objects.requireNonNull(status);
        this.acceptedBy = acceptedBy;
        this.acceptedAt = acceptedAt;
        if (role == Role.OWNER) {
            throw new IllegalArgumentException("nobody is invited as owner");
        }
        if ((role == Role.CLIENT) != (clientRef != null)) {
            throw new IllegalArgumentException("a client invitation names its roster entry, a staff one does not");
        }
    }

    /** Issues an invitation; the returned token is the only copy of the secret and goes into the email. */
    public static Issued issue(WorkspaceId workspaceId, EmailAddress email, Role role, UUID clientRef,
            PersonId invitedBy, Instant now) {
        InvitationToken token = InvitationToken.generate();
        Invitation invitation = new Invitation(InvitationId.newId(), workspaceId, email, role, token.hash(), clientRef,
                invitedBy, now, now.plus(VALIDITY), Status.PENDING, null, null);
        return new Issued(invitation, token);
    }

    /**
     * Accepts the invitation for {@code person}. Rejected when it was used or revoked, has expired, or the
     * person's verified email is not the invited address.
     */
    public void accept(Person person, Instant now) {
        if (status != Status.PENDING) {
            throw new InvitationRejectedException("invitation-used", "This invitation has already been used or was withdrawn.");
        }
        if (!now.isBefore(expiresAt)) {
            throw new InvitationRejectedException("invitation-expired", "This invitation has expired; ask for a new one.");
        }
        if (!person.hasVerifiedEmail(email)) {
            throw new InvitationRejectedException(InvitationRejectedException.EMAIL_MISMATCH,
                    "This invitation was sent to another email address, or your email address is not verified by your sign-in provider.");
        }
        this.status = Status.ACCEPTED;
        this.acceptedBy = person.id();
        this.acceptedAt = now;
    }

    /** Replaces the secret and extends the validity, for a resend; the old link stops working. */
    public InvitationToken renew(Instant now) {
        if (status != Status.PENDING) {
            throw new InvitationRejectedException("invitation-used", "This invitation has already been used or was withdrawn.");
        }
        InvitationToken token = InvitationToken.generate();
        this.tokenHash = token.hash();
        this.expiresAt = now.plus(VALIDITY);
        return token;
    }

    public void revoke() {
        if (status == Status.PENDING) {
            status = Status.REVOKED;
        }
    }

    public InvitationId id() { return id; }
    public WorkspaceId workspaceId() { return workspaceId; }
    public EmailAddress email() { return email; }
    public Role role() { return role; }
    public String tokenHash() { return tokenHash; }
    public UUID clientRef() { return clientRef; }
    public PersonId invitedBy() { return invitedBy; }
    public Instant createdAt() { return createdAt; }
    public Instant expiresAt() { return expiresAt; }
    public Status status() { return status; }
    public PersonId acceptedBy() { return acceptedBy; }
    public Instant acceptedAt() { return acceptedAt; }

    public record Issued(Invitation invitation, InvitationToken token) {
    }
}
