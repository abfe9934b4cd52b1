package com.coachkeep.support.application.port.in;

/**
 * Suspends a workspace for abuse, or restores it ({@code WORKSPACE_SUSPEND}, multi-factor, with a reason). While
 * suspended, its members' requests are refused with {@code workspace-suspended}, except exporting and deleting their
 * data; public reads are not affected. Recorded in the workspace's trail and the platform trail.
 */
public interface SuspendWorkspaceUseCase {
    WorkspaceSummary suspend(SupportActor actor, String workspaceId, String reason);

    WorkspaceSummary restore(SupportActor actor, String workspaceId, String reason);
}
