package com.coachkeep.shared.application;

import com.coachkeep.shared.domain.Permission;
import com.coachkeep.shared.domain.Refusal;

/** A member of the workspace asked for something their role does not allow. */
public final class AccessDeniedException extends Refusal.Forbidden {
    private final Permission permission;

    public AccessDeniedException(Permission permission) {
        super("forbidden", "missing permission " + permission);
        this.permission = permission;
    }

    public Permission permission() {
        return permission;
    }
}
