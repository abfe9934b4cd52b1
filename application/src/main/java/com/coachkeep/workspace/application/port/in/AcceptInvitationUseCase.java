package com.coachkeep.workspace.application.port.in;

import com.coachkeep.shared.application.Caller;
import com.coachkeep.shared.domain.MembershipId;
import com.coachkeep.shared.domain.WorkspaceId;
import java.util.UUID;

/**
 * A signed-in person whose verified email matches accepts an invitation and joins the workspace with the
 * invited role. An unknown token is not found; a used or expired one is rejected.
 */
public interface AcceptInvitationUseCase {
    Accepted accept(Caller caller, AcceptInvitationCommand command);

    record Accepted(WorkspaceId workspaceId, MembershipId membershipId, String role, UUID clientId) {
    }
}
