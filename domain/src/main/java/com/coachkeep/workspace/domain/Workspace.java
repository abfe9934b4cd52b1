package com.coachkeep.workspace.domain;

import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Instant;
import java.util.Objects;

/**
 * A coaching business: the tenant. Invariants: it always has exactly one owner (the person who created it,
 * whose membership cannot be removed or demoted); its settings are always valid. The version increases with
 * every change and is what clients see as the ETag, so concurrent edits are detected.
 */
public final class Workspace {
    private final WorkspaceId id;
    private WorkspaceSettings settings;
    private final PersonId ownerId;
    private final Instant createdAt;
    private Instant updatedAt;
    private final long version;

    public Workspace(WorkspaceId id, WorkspaceSettings settings, PersonId ownerId, Instant createdAt, Instant updatedAt,
            long version) {
        this.id = Objects.requireNonNull(id);
        this.settings = Objects.requireNonNull(settings);
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
