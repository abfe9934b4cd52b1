package com.coachkeep.support.application.port.in;

import com.coachkeep.workspace.application.port.in.InvitationView;

/**
 * Resends a pending invitation of a workspace when its owner asks support to ({@code INVITATIONS_RESEND}, multi-factor,
 * with a reason): a new link replaces the old one and the email goes out again. Recorded in the workspace's trail
 * (where the owner sees it) and the platform trail.
 */
public interface ResendWorkspaceInvitationUseCase {
    InvitationView resend(SupportActor actor, String workspaceId, String invitationId, String reason);
}
