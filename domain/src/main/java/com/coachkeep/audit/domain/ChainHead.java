package com.coachkeep.audit.domain;

import com.coachkeep.shared.domain.WorkspaceId;
import java.util.Objects;

/** The last link of a workspace's chain: its sequence (0 before the first event) and hash. */
public record ChainHead(WorkspaceId workspaceId, long sequence, String hash) {
    public ChainHead {
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(hash, "hash");
    }

    public static ChainHead empty(WorkspaceId workspaceId) {
        return new ChainHead(workspaceId, 0, AuditChain.GENESIS);
    }
}
