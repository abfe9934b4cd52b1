package com.coachkeep.support.domain;

/** What Coachkeep's own staff may do in the support console; an internal role grants a set of these. */
public enum SupportPermission {
    /** Read and work the inbox of vulnerability reports. */
    SECURITY_REPORTS_MANAGE,
    /** Record security incidents, post their updates and resolve them. */
    INCIDENTS_MANAGE,
    /** Add, change and retire entries of the public sub-processor list. */
    SUB_PROCESSORS_MANAGE
}
