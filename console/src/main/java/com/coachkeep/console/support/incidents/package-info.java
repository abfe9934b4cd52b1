/**
 * Security incidents (P-INC-1) for the security officer: record one (what happened, which data, which workspaces,
 * what is done about it; the affected workspaces' owners are emailed by the use case), post public updates, resolve.
 */
package com.coachkeep.console.support.incidents;
