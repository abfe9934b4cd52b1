package com.coachkeep.workspace.application.port.in;

import com.coachkeep.shared.domain.Permission;
import com.coachkeep.shared.domain.Validator;
import com.coachkeep.workspace.domain.CustomRole;
import java.util.Objects;
import java.util.Set;

/** A new custom role: its name and the staff permissions it grants. */
public record CreateCustomRoleCommand(String name, Set<Permission> permissions) {
    public CreateCustomRoleCommand {
        Objects.requireNonNull(name);
        permissions = Set.copyOf(permissions);
    }

    /** From raw input; raises InvalidInputException naming each invalid field. */
    public static CreateCustomRoleCommand of(String name, java.util.List<String> permissions) {
        Validator v = new Validator();
        String n = v.check("name", name, CustomRole::name);
        Set<Permission> p = v.check("permissions", permissions, CustomRoleInput::permissions);
        v.throwIfInvalid();
        return new CreateCustomRoleCommand(n, p);
    }
}
