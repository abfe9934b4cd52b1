package com.coachkeep.workspace.application.port.in;

import com.coachkeep.shared.domain.MembershipId;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.workspace.domain.CustomRoleId;
import java.time.Instant;

/** A staff member; {@code customRoleId} and {@code customRoleName} are set when {@code role} is {@code custom}. */
public record StaffMemberView(MembershipId membershipId, PersonId personId, String email, String displayName,
        String role, CustomRoleId customRoleId, String customRoleName, Instant since) {
}
