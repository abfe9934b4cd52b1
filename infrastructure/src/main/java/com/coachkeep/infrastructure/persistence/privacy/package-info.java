/**
 * JPA adapter of the privacy context: the wrapped data keys in the {@code keystore} schema, which the backups of
 * the data leave out (see docs/operations/encryption.md), the data exports' rows, and the list of every feature's
 * export port that the export use cases run.
 */
package com.coachkeep.infrastructure.persistence.privacy;
