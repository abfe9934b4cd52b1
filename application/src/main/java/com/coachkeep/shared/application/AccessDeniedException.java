package com.coachkeep.shared.application;

import com.coachkeep.shared.domain.Permission;

/** A member of the workspace asked for something their role does not allow. */
public final class AccessDeniedException extends RuntimeException {
    private final Permission permission;

    public AccessDeniedException(Permission permission) {
        super("missing permission " + permission, null, false, false);
        this.permission = permission;
    }

    public Permission permission() {
        return permission;
    }
}
