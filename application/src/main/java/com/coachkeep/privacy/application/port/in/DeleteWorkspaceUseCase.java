package com.coachkeep.privacy.application.port.in;

import com.coachkeep.shared.application.Actor;

/**
 * The owner deletes their workspace and everything in it (P-DEL-1). From the moment it returns the workspace is
 * unusable and its keys are destroyed; its rows are erased by the deletion job, whose progress
 * {@link GetWorkspaceDeletionUseCase} reports.
 */
public interface DeleteWorkspaceUseCase {
    WorkspaceDeletionView delete(Actor actor, DeleteWorkspaceCommand command);
}
