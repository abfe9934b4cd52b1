package com.coachkeep.privacy.application.port.out;

import com.coachkeep.privacy.domain.Backup;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;

/**
 * Where backups are kept (a folder, later an object store). A backup is written part by part and becomes visible in
 * {@link #list()} only once {@link NewBackup#complete() complete}: a backup cut short by a failure or a crash is never
 * mistaken for a good one.
 */
public interface BackupStorePort {
    /** Starts a backup taken at this time. */
    NewBackup begin(Instant takenAt) throws IOException;

    /** The completed backups, oldest first. */
    List<Backup> list() throws IOException;

    /** Deletes a backup, every part of it; {@code false} when it was already gone. */
    boolean delete(Backup backup) throws IOException;

    /** A backup being written. */
    interface NewBackup {
        /** A new part of the backup ({@code database.dump}); the caller closes the stream. */
        OutputStream part(String name) throws IOException;

        /** Marks the backup complete and answers it. */
        Backup complete() throws IOException;

        /** Removes whatever was written; the backup never appears. */
        void abandon();
    }
}
