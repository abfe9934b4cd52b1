package com.coachkeep.support.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The internal roles of Coachkeep's staff (P-INT-2), least privilege: each holds only what its work needs.
 * A support agent answers customers: finds workspaces, asks for time-limited grants to their content, resends
 * invitations and carries out people's documented data requests; handles none of the security work and cannot approve
 * anyone's access to sensitive content (their own least of all). A security officer handles reports, abuse flags, incidents and the
 * sub-processor list, approves and revokes grants, and suspends workspaces for abuse. An admin maintains the
 * sub-processor list, approves and revokes grants, suspends workspaces and works the outbox's dead letters, but reads
 * no vulnerability reports, records no incidents and asks for no content grant of their own.
 */
public enum InternalRole {
    SUPPORT_AGENT(EnumSet.of(SupportPermission.WORKSPACE_LOOKUP, SupportPermission.GRANT_REQUEST,
            SupportPermission.INVITATIONS_RESEND, SupportPermission.DATA_REQUESTS)),
    SECURITY_OFFICER(EnumSet.of(SupportPermission.SECURITY_REPORTS_MANAGE, SupportPermission.ABUSE_FLAGS_MANAGE,
            SupportPermission.INCIDENTS_MANAGE,
            SupportPermission.SUB_PROCESSORS_MANAGE, SupportPermission.WORKSPACE_LOOKUP, SupportPermission.GRANT_APPROVE,
            SupportPermission.WORKSPACE_SUSPEND)),
    ADMIN(EnumSet.of(SupportPermission.SUB_PROCESSORS_MANAGE, SupportPermission.WORKSPACE_LOOKUP, SupportPermission.GRANT_APPROVE,
            SupportPermission.WORKSPACE_SUSPEND, SupportPermission.OUTBOX_MANAGE));

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
