package com.coachkeep.workspace.application.port.in;

import com.coachkeep.shared.application.Caller;

/** A signed-in person founds a coaching business and becomes its owner. */
public interface CreateWorkspaceUseCase {
    WorkspaceView create(Caller caller, CreateWorkspaceCommand command);
}
