/** Outgoing ports of the workspace context: storage of people, workspaces, memberships and invitations. */
package com.coachkeep.workspace.application.port.out;
