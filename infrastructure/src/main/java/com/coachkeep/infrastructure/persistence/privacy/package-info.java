/**
 * JPA adapter of the privacy context: the wrapped data keys in the {@code keystore} schema, which the backups of
 * the data leave out (see docs/operations/encryption.md).
 */
package com.coachkeep.infrastructure.persistence.privacy;
