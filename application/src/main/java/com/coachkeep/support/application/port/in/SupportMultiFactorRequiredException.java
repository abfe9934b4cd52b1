package com.coachkeep.support.application.port.in;

import com.coachkeep.support.domain.SupportPermission;

/** A member of staff signed in without a second factor and asked for something that needs one. */
public final class SupportMultiFactorRequiredException extends RuntimeException {
    private final SupportPermission permission;

    public SupportMultiFactorRequiredException(SupportPermission permission) {
        super("sign in again with a second factor to " + permission.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), null,
                false, false);
        this.permission = permission;
    }

    public SupportPermission permission() {
        return permission;
    }
}
