/**
 * Coaching businesses (workspaces), the people in them and their roles, and invitations. A person
 * belongs to a workspace only through an active {@link com.coachkeep.workspace.domain.Membership}.
 */
package com.coachkeep.workspace.domain;
