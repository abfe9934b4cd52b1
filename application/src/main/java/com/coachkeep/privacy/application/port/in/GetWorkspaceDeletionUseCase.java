package com.coachkeep.privacy.application.port.in;

import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.Caller;
import com.coachkeep.shared.domain.WorkspaceId;
import java.util.Optional;

/** Where a workspace's deletion stands, for the person who asked for it. */
public interface GetWorkspaceDeletionUseCase {
    /** The deletion of this workspace if the caller asked for it; empty otherwise (also for everyone else). */
    Optional<WorkspaceDeletionView> findRequestedBy(Caller caller, WorkspaceId workspaceId);

    /** For a member who may delete the workspace while it is in use: its state is {@code none}. */
    WorkspaceDeletionView get(Actor actor);
}
