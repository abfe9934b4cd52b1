/** The audit trail over HTTP: the workspace owner reads their events and checks the chain. */
package com.coachkeep.infrastructure.rest.audit;
