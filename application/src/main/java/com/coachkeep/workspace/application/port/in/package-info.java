/** Use cases of the workspace context: identity, workspaces and their settings, staff and invitations. */
package com.coachkeep.workspace.application.port.in;
