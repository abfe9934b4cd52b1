package com.coachkeep.workspace.application.port.in;

import com.coachkeep.shared.domain.MembershipId;
import com.coachkeep.shared.domain.Validator;
import com.coachkeep.workspace.domain.Role;
import java.util.Objects;
import java.util.Set;

public record ChangeStaffRoleCommand(MembershipId membershipId, Role role) {
    public ChangeStaffRoleCommand {
        Objects.requireNonNull(membershipId);
        Objects.requireNonNull(role);
    }

    public static ChangeStaffRoleCommand of(MembershipId membershipId, String role) {
        Validator v = new Validator();
        Role r = v.check("role", role, raw -> Role.parse(raw, Set.of(Role.COACH, Role.ASSISTANT)));
        v.throwIfInvalid();
        return new ChangeStaffRoleCommand(membershipId, r);
    }
}
