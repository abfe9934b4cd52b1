package com.coachkeep.privacy.application.port.out;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Dumps of the database for backups. The data's dump leaves the {@code keystore} schema out: the wrapped data keys and
 * the tombstones live apart from the data's backups, so that destroying a subject's key makes every backed-up copy of
 * their encrypted data unreadable, and so that a restored backup can be told what was deleted after it was taken.
 */
public interface DatabaseBackupPort {
    /**
     * Writes a consistent dump of every schema but {@code keystore} (one snapshot, taken while the database keeps
     * serving) to {@code out}, in a format the restore procedure reads back; fails when the dump fails.
     */
    void dumpData(OutputStream out) throws IOException;

    /** The tool and version that makes the dumps, for the log. */
    String describe();
}
