package com.coachkeep.workspace.application.port.in;

import com.coachkeep.shared.application.Patch;
import com.coachkeep.shared.domain.Permission;
import com.coachkeep.shared.domain.Validator;
import com.coachkeep.workspace.domain.CustomRole;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** A partial change of a custom role (named by its id as the caller sent it); absent fields stay as they are. */
public record UpdateCustomRoleCommand(String roleId, Patch<String> name, Patch<Set<Permission>> permissions,
        Long expectedVersion) {
    public UpdateCustomRoleCommand {
        Objects.requireNonNull(roleId);
        Objects.requireNonNull(name);
        Objects.requireNonNull(permissions);
    }

    /** From raw input; raises InvalidInputException naming each invalid field. */
    public static UpdateCustomRoleCommand of(String roleId, Patch<String> name, Patch<List<String>> permissions,
            Long expectedVersion) {
        Validator v = new Validator();
        Patch<String> n = name.isPresent() ? Patch.of(v.check("name", name.value(), CustomRole::name)) : Patch.absent();
        Patch<Set<Permission>> p = permissions.isPresent()
                ? Patch.of(v.check("permissions", permissions.value(), CustomRoleInput::permissions)) : Patch.absent();
        v.throwIfInvalid();
        return new UpdateCustomRoleCommand(roleId, n, p, expectedVersion);
    }
}
