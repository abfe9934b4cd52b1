/** REST resources of the workspace context: the caller, workspaces, staff and invitations. */
package com.coachkeep.infrastructure.rest.workspace;
