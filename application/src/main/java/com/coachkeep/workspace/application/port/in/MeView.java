package com.coachkeep.workspace.application.port.in;

import com.coachkeep.shared.domain.MembershipId;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import java.util.List;

/** The caller and the workspaces they belong to, with their role in each. */
public record MeView(PersonId id, String email, boolean emailVerified, String displayName,
        List<MembershipSummary> memberships) {
    public record MembershipSummary(MembershipId membershipId, WorkspaceId workspaceId, String workspaceName,
            String role) {
    }
}
