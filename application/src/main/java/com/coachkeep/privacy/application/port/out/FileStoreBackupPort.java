package com.coachkeep.privacy.application.port.out;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A copy of every stored file, for backups. The files are copied as stored, that is still encrypted under their
 * subjects' keys: a backed-up file of a subject whose key is destroyed cannot be opened.
 */
public interface FileStoreBackupPort {
    /** Writes every stored file into one archive on {@code out}; returns how many files it holds. */
    long archiveAll(OutputStream out) throws IOException;
}
