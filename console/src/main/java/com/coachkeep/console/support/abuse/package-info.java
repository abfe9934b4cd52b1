/**
 * The security officer's list of abuse flags (P-LOG-1): which rate limit of the API a person, a workspace or a client
 * address crossed, how often, and the acknowledgement with a reason, recorded in the audit trail.
 */
package com.coachkeep.console.support.abuse;
