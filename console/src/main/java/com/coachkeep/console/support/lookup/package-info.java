/**
 * Workspace look-up for every member of staff with the look-up permission: find a workspace by a part of its name, its
 * owner's email or its id, and see its metadata only (never coaching content); from a found workspace, go on to ask
 * for a grant or to a support action.
 */
package com.coachkeep.console.support.lookup;
