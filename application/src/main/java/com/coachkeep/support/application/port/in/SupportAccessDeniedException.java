package com.coachkeep.support.application.port.in;

import com.coachkeep.support.domain.InternalRole;
import com.coachkeep.support.domain.SupportPermission;

/** A member of staff asked for something their internal role does not allow. */
public final class SupportAccessDeniedException extends RuntimeException {
    private final SupportPermission permission;

    public SupportAccessDeniedException(InternalRole role, SupportPermission permission) {
        super("internal role " + role + " lacks " + permission, null, false, false);
        this.permission = permission;
    }

    public SupportPermission permission() {
        return permission;
    }
}
