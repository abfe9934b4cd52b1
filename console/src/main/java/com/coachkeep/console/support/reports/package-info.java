/**
 * The security officer's inbox of vulnerability reports (P-DIS-1): each report's state and its countdown against the
 * two-business-day acknowledgement target, and the moves new → acknowledged → triaged → fixed → closed, each with a
 * reason.
 */
package com.coachkeep.console.support.reports;
