package com.coachkeep.workspace.application.port.in;

import com.coachkeep.shared.domain.EmailAddress;
import com.coachkeep.shared.domain.Validator;
import com.coachkeep.workspace.domain.Role;
import java.util.Set;

/** Inviting a coach or an assistant by email. */
public record InviteStaffCommand(EmailAddress email, Role role) {
    public static InviteStaffCommand of(String email, String role) {
        Validator v = new Validator();
        EmailAddress e = v.check("email", email, EmailAddress::new);
        Role r = v.check("role", role, raw -> Role.parse(raw, Set.of(Role.COACH, Role.ASSISTANT)));
        v.throwIfInvalid();
        return new InviteStaffCommand(e, r);
    }
}
