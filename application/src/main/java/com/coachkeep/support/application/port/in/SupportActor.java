package com.coachkeep.support.application.port.in;

import com.coachkeep.support.domain.InternalRole;
import com.coachkeep.support.domain.SupportPermission;
import java.util.Objects;

/**
 * A member of Coachkeep's own staff acting through the support console. Support staff are not workspace members:
 * the console builds this from its own verified sign-in (staff identity and internal role from the staff
 * directory, never from what the browser sends), and every support use case takes one and checks it first.
 *
 * @param staffId     the stable identity of the staff member at the identity provider (recorded in the audit trail)
 * @param role        their internal role, which decides what they may do
 * @param multiFactor whether they signed in with a second factor
 */
public record SupportActor(String staffId, InternalRole role, boolean multiFactor) {
    public SupportActor {
        Objects.requireNonNull(staffId, "staffId");
        Objects.requireNonNull(role, "role");
        if (staffId.isBlank()) {
            throw new IllegalArgumentException("staffId must not be blank");
        }
    }

    public boolean may(SupportPermission permission) {
        return role.grants(permission);
    }

    /**
     * For actions that reach into a customer's workspace or change it: the role must grant the permission and the
     * sign-in must have been multi-factor (support staff always need it, P-AUTH-3), or
     * {@link SupportMultiFactorRequiredException} is raised.
     */
    public void requireWithMultiFactor(SupportPermission permission) {
        require(permission);
        if (!multiFactor) {
            throw new SupportMultiFactorRequiredException(permission);
        }
    }

    /** Denies by default: raises {@link SupportAccessDeniedException} unless the role grants the permission. */
    public void require(SupportPermission permission) {
        if (!may(permission)) {
            throw new SupportAccessDeniedException(role, permission);
        }
    }
}
