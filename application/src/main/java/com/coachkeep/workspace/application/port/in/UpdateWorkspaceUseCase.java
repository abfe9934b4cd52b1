package com.coachkeep.workspace.application.port.in;

import com.coachkeep.shared.application.Actor;

/** The owner changes the workspace's settings. */
public interface UpdateWorkspaceUseCase {
    WorkspaceView update(Actor actor, UpdateWorkspaceCommand command);
}
