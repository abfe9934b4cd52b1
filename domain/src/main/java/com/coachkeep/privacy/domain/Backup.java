package com.coachkeep.privacy.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One completed backup of the data: a dump of the database's data schemas (never the keystore, so that destroying a
 * subject's key makes every copy of their encrypted data unreadable) and an archive of the file store, taken together
 * at {@code takenAt}. A backup is never changed once complete; it is deleted once the retention window has passed.
 *
 * @param name    the backup's name in its store, unique (derived from the time it was taken)
 * @param takenAt when the backup was started: it holds the data as committed at about that moment
 * @param bytes   its size on disk, every part together
 */
public record Backup(String name, Instant takenAt, long bytes) {
    public Backup {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(takenAt, "takenAt");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a backup has a name");
        }
        if (bytes < 0) {
            throw new IllegalArgumentException("size " + bytes + " < 0");
        }
    }
}
