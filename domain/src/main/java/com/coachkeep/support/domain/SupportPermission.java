package com.coachkeep.support.domain;

/** What Coachkeep's own staff may do in the support console; an internal role grants a set of these. */
public enum SupportPermission {
    /** Read and work the inbox of vulnerability reports. */
    SECURITY_REPORTS_MANAGE,
    /** See the abuse flags the API's rate limits raise, and acknowledge them. */
    ABUSE_FLAGS_MANAGE,
    /** Record security incidents, post their updates and resolve them. */
    INCIDENTS_MANAGE,
    /** Add, change and retire entries of the public sub-processor list. */
    SUB_PROCESSORS_MANAGE,
    /** Find workspaces by name, owner email or id and read their metadata (never their content). */
    WORKSPACE_LOOKUP,
    /** Ask for a time-limited, read-only grant to a workspace's content, and view content under one's own grant. */
    GRANT_REQUEST,
    /** Approve another staff member's grant to sensitive content, and revoke anyone's grant. */
    GRANT_APPROVE,
    /** Resend a pending invitation of a workspace on its owner's request. */
    INVITATIONS_RESEND,
    /** Suspend a workspace for abuse, and restore it. */
    WORKSPACE_SUSPEND,
    /** Run a deletion or an export on a person's documented request. */
    DATA_REQUESTS,
    /** List, retry and discard dead-letter outbox items (metadata only). */
    OUTBOX_MANAGE
}
