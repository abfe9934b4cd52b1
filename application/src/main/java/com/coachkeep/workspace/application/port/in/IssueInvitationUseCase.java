package com.coachkeep.workspace.application.port.in;

import com.coachkeep.shared.domain.EmailAddress;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.workspace.domain.Invitation;
import com.coachkeep.workspace.domain.InvitationId;
import com.coachkeep.workspace.domain.Role;
import java.util.UUID;

/**
 * Issuing and resending an invitation with its email, for other use cases that have already decided it may happen
 * (the roster's client invitation, support's resend on a customer's behalf): authorization is theirs, so this port
 * takes no actor. The secret leaves in the email and nowhere else.
 */
public interface IssueInvitationUseCase {
    Invitation issue(WorkspaceId workspaceId, EmailAddress email, Role role, UUID clientRef, PersonId invitedBy);

    /** A new link for an invitation of this workspace; another workspace's invitation is reported as not found. */
    Invitation resend(WorkspaceId workspaceId, InvitationId invitationId);
}
