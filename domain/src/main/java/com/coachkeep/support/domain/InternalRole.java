package com.coachkeep.support.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The internal roles of Coachkeep's staff (P-INT-2), least privilege: each holds only what its work needs.
 * A support agent answers customers (workspace look-up and time-limited grants, which come with the console) and
 * handles none of the security work; a security officer handles reports, incidents and the sub-processor list; an
 * admin maintains the sub-processor list (contracts) but reads no vulnerability reports and records no incidents.
 */
public enum InternalRole {
    SUPPORT_AGENT(EnumSet.noneOf(SupportPermission.class)),
    SECURITY_OFFICER(EnumSet.of(SupportPermission.SECURITY_REPORTS_MANAGE, SupportPermission.INCIDENTS_MANAGE,
            SupportPermission.SUB_PROCESSORS_MANAGE)),
    ADMIN(EnumSet.of(SupportPermission.SUB_PROCESSORS_MANAGE));

    private final Set<SupportPermission> permissions;

    InternalRole(Set<SupportPermission> permissions) {
        this.permissions = Set.copyOf(permissions);
    }

    public Set<SupportPermission> permissions() {
        return permissions;
    }

    public boolean grants(SupportPermission permission) {
        return permissions.contains(permission);
    }
}
