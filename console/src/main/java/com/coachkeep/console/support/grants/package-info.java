/**
 * Break-glass grants (P-INT-1): an agent asks for time-limited, read-only access to a workspace's content with a
 * reason and a ticket, sees their grants with the time left, and reads the roster (and, under an approved sensitive
 * grant, the coach notes) through the use case that records every view in the workspace's own trail; an approver sees
 * the grants waiting for a second person, approves them and revokes grants.
 */
package com.coachkeep.console.support.grants;
