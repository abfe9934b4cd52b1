package com.coachkeep.workspace.domain;

import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Instant;
import java.util.Objects;

/**
 * A coaching business: the tenant. Invariants: it always has exactly one owner (the person who created it,
 * whose membership cannot be removed or demoted); its settings are always valid; multi-factor sign-in can be
 * required of staff only by someone who signed in with multi-factor themselves, so an owner cannot lock
 * themselves out by switching the policy on from a password-only session. The version increases with every
 * change and is what clients see as the ETag, so concurrent edits are detected. Once its owner asks for its
 * deletion it is {@linkplain #deletionRequested() being deleted}: unusable from that moment, for good, while its data
 * is erased. Coachkeep's staff may {@linkplain #suspend(Instant) suspend} it for abuse: its members are then refused
 * (except for their data rights: export and deletion) until it is restored.
 */
public final class Workspace {
    private final WorkspaceId id;
    private WorkspaceSettings settings;
    private boolean staffMfaRequired;
    private final PersonId ownerId;
    private final Instant createdAt;
    private Instant updatedAt;
    private final long version;
    private Instant deletionRequestedAt;
    private Instant suspendedAt;

    public Workspace(WorkspaceId id, WorkspaceSettings settings, PersonId ownerId, Instant createdAt, Instant updatedAt,
            long version) {
        this(id, settings, false, ownerId, createdAt, updatedAt, version);
    }

    public Workspace(WorkspaceId id, WorkspaceSettings settings, boolean staffMfaRequired, PersonId ownerId,
            Instant createdAt, Instant updatedAt, long version) {
        this(id, settings, staffMfaRequired, ownerId, createdAt, updatedAt, version, null);
    }

    public Workspace(WorkspaceId id, WorkspaceSettings settings, boolean staffMfaRequired, PersonId ownerId,
            Instant createdAt, Instant updatedAt, long version, Instant deletionRequestedAt) {
        this(id, settings, staffMfaRequired, ownerId, createdAt, updatedAt, version, deletionRequestedAt, null);
    }

    public Workspace(WorkspaceId id, WorkspaceSettings settings, boolean staffMfaRequired, PersonId ownerId,
            Instant createdAt, Instant updatedAt, long version, Instant deletionRequestedAt, Instant suspendedAt) {
        this.deletionRequestedAt = deletionRequestedAt;
        this.suspendedAt = suspendedAt;
        this.id = Objects.requireNonNull(id);
        this.settings = Objects.requireNonNull(settings);
        this.staffMfaRequired = staffMfaRequired;
        this.ownerId = Objects.requireNonNull(ownerId);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.updatedAt = Objects.requireNonNull(updatedAt);
        this.version = version;
    }

    /** The version a new workspace has when first stored (what its first ETag says). */
    public static final long FIRST_VERSION = 1;

    /** Founds a business; the founder becomes its owner through the returned membership. */
    public static Founded found(WorkspaceSettings settings, PersonId founder, Instant now) {
        Workspace workspace = new Workspace(WorkspaceId.newId(), settings, founder, now, now, FIRST_VERSION);
        Membership owner = Membership.grant(workspace.id, founder, Role.OWNER, now);
        return new Founded(workspace, owner);
    }

    public void changeSettings(WorkspaceSettings newSettings, Instant now) {
        this.settings = Objects.requireNonNull(newSettings);
        this.updatedAt = now;
    }

    /**
     * Turns the requirement of multi-factor sign-in for staff on or off. Turning it on needs a caller who signed
     * in with multi-factor ({@code changerSignedInWithMultiFactor}); otherwise the change is refused with the
     * rule {@code mfa-required}.
     */
    public void requireStaffMfa(boolean required, boolean changerSignedInWithMultiFactor, Instant now) {
        if (required == staffMfaRequired) {
            return;
        }
        if (required && !changerSignedInWithMultiFactor) {
            throw new WorkspaceRuleException(WorkspaceRuleException.MFA_REQUIRED,
                    "Sign in again with a second factor (for example an authenticator app or a security key) before "
                            + "requiring it of your staff; otherwise this session would lock you out.");
        }
        this.staffMfaRequired = required;
        this.updatedAt = now;
    }

    /**
     * Marks the workspace as being deleted, after the owner confirmed by typing its exact name ({@code typedName});
     * from now on it is treated as gone. Asking twice changes nothing.
     */
    public void requestDeletion(String typedName, Instant now) {
        if (typedName == null || !typedName.equals(settings.name())) {
            throw new WorkspaceRuleException(WorkspaceRuleException.CONFIRMATION_MISMATCH,
                    "Type the workspace's name exactly as it is shown to confirm that you want to delete it.");
        }
        if (deletionRequestedAt == null) {
            deletionRequestedAt = now;
            updatedAt = now;
        }
    }

    /**
     * Suspends the workspace for abuse: from now on its members' requests are refused, except exporting and deleting
     * their data. Suspending a suspended workspace is refused, so that each suspension has one reason on record.
     */
    public void suspend(Instant now) {
        if (suspendedAt != null) {
            throw new WorkspaceRuleException(WorkspaceRuleException.ALREADY_SUSPENDED, "The workspace is already suspended.");
        }
        suspendedAt = now;
        updatedAt = now;
    }

    /** Lifts a suspension; a workspace that is not suspended is refused. */
    public void restore(Instant now) {
        if (suspendedAt == null) {
            throw new WorkspaceRuleException(WorkspaceRuleException.NOT_SUSPENDED, "The workspace is not suspended.");
        }
        suspendedAt = null;
        updatedAt = now;
    }

    /** Whether Coachkeep suspended it (abuse): its members may then only export and delete their data. */
    public boolean suspended() { return suspendedAt != null; }

    /** Since when it is suspended, or null. */
    public Instant suspendedAt() { return suspendedAt; }

    /** Whether its deletion was asked for: then nobody may use it any more. */
    public boolean deletionRequested() { return deletionRequestedAt != null; }

    /** When its deletion was asked for, or null. */
    public Instant deletionRequestedAt() { return deletionRequestedAt; }

    /** Whether every staff member (the owner included) must sign in with multi-factor to act in this workspace. */
    public boolean staffMfaRequired() { return staffMfaRequired; }

    public WorkspaceId id() { return id; }
    public WorkspaceSettings settings() { return settings; }
    public PersonId ownerId() { return ownerId; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public long version() { return version; }

    /** A new workspace and its owner's membership, to be stored together. */
    public record Founded(Workspace workspace, Membership ownerMembership) {
    }
}
