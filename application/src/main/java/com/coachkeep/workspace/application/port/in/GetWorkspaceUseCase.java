package com.coachkeep.workspace.application.port.in;

import com.coachkeep.shared.application.Actor;

public interface GetWorkspaceUseCase {
    WorkspaceView get(Actor actor);
}
