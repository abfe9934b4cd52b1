package com.coachkeep.workspace.application.port.in;

import com.coachkeep.shared.domain.MembershipId;
import com.coachkeep.shared.domain.PersonId;
import java.time.Instant;

public record StaffMemberView(MembershipId membershipId, PersonId personId, String email, String displayName,
        String role, Instant since) {
}
