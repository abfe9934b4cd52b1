package com.coachkeep.privacy.application.port.in;

import com.coachkeep.privacy.domain.WorkspaceDeletion;
import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Instant;
import java.util.List;

/**
 * A workspace's deletion as its owner sees it.
 *
 * @param state {@code none} (the workspace is in use), {@code erasing} or {@code done}
 */
public record WorkspaceDeletionView(WorkspaceId workspaceId, String state, Instant requestedAt, Instant finishedAt,
        long erasedRows, List<FeatureProgress> features) {
    /** One feature's progress. */
    public record FeatureProgress(String feature, long erasedRows, boolean done) {
    }

    public static WorkspaceDeletionView none(WorkspaceId workspaceId) {
        return new WorkspaceDeletionView(workspaceId, "none", null, null, 0, List.of());
    }

    public static WorkspaceDeletionView of(WorkspaceDeletion d) {
        return new WorkspaceDeletionView(d.workspaceId(), d.state().name().toLowerCase(java.util.Locale.ROOT), d.requestedAt(),
                d.finishedAt(), d.erasedRows(),
                d.features().stream().map(f -> new FeatureProgress(f.name(), f.erasedRows(), f.done())).toList());
    }
}
