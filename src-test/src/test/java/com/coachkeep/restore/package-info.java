/**
 * The restore drill (P-BAK-1, P-DEL-3): a backup the build server's job took is restored into a fresh PostgreSQL
 * server beside the surviving keystore, and a server of the test's own starts on it and replays the deletions.
 */
package com.coachkeep.restore;
