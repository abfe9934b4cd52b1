package com.coachkeep.workspace.application.port.in;

import com.coachkeep.shared.domain.Ids;
import com.coachkeep.shared.domain.MembershipId;
import com.coachkeep.shared.domain.Validator;
import com.coachkeep.workspace.domain.CustomRoleId;
import com.coachkeep.workspace.domain.Role;
import java.util.Objects;
import java.util.Set;

/**
 * Gives a staff member a built-in staff role (coach, assistant) or a custom role of the workspace; a custom
 * role is named by {@code customRoleId}, which is present exactly when the role is custom.
 */
public record ChangeStaffRoleCommand(MembershipId membershipId, Role role, CustomRoleId customRoleId) {
    public ChangeStaffRoleCommand {
        Objects.requireNonNull(membershipId);
        Objects.requireNonNull(role);
        if ((role == Role.CUSTOM) != (customRoleId != null)) {
            throw new IllegalArgumentException("a custom role id goes with the custom role, and only with it");
        }
    }

    public ChangeStaffRoleCommand(MembershipId membershipId, Role role) {
        this(membershipId, role, null);
    }

    public static ChangeStaffRoleCommand of(MembershipId membershipId, String role) {
        return of(membershipId, role, null);
    }

    /** From raw input; raises InvalidInputException naming each invalid field. */
    public static ChangeStaffRoleCommand of(MembershipId membershipId, String role, String customRoleId) {
        Validator v = new Validator();
        Role r = v.check("role", role, raw -> Role.parse(raw, Set.of(Role.COACH, Role.ASSISTANT, Role.CUSTOM)));
        CustomRoleId custom = null;
        if (r == Role.CUSTOM) {
            custom = v.check("customRoleId", customRoleId, ChangeStaffRoleCommand::customRoleId);
        } else if (r != null && customRoleId != null) {
            v.require(false, "customRoleId", "must be left out unless role is custom");
        }
        v.throwIfInvalid();
        return new ChangeStaffRoleCommand(membershipId, r, custom);
    }

    private static CustomRoleId customRoleId(String raw) {
        if (raw == null) {
            throw new IllegalArgumentException("is required when role is custom");
        }
        try {
            return new CustomRoleId(Ids.parse(raw));
        } catch (Ids.MalformedIdException e) {
            throw new IllegalArgumentException("must be the id of a custom role of this workspace");
        }
    }
}
