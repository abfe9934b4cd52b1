/**
 * Backups of the data (P-BAK-1, P-DEL-3): the database dumped with PostgreSQL's own {@code pg_dump} (custom format,
 * the {@code keystore} schema left out), kept in a folder beside the server's data, and the settings that choose the
 * folder, the schedule, the retention and the tools. The restore procedure is in docs/operations/backups.md.
 */
package com.coachkeep.infrastructure.backup;
