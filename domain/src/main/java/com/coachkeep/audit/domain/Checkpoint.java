package com.coachkeep.audit.domain;

import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Instant;
import java.util.Objects;

/**
 * A signed statement, kept outside the database, that a workspace's chain had this head at this time. Whoever can
 * rewrite the database can recompute every hash of a chain; they cannot forge a checkpoint, so the chain must
 * still pass through every checkpoint's sequence with the same hash.
 */
public record Checkpoint(WorkspaceId workspaceId, long sequence, String hash, Instant signedAt) {
    public Checkpoint {
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(signedAt, "signedAt");
    }

    public static Checkpoint of(ChainHead head, Instant now) {
        return new Checkpoint(head.workspaceId(), head.sequence(), head.hash(), now);
    }
}
