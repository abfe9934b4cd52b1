package com.coachkeep.privacy.application.port.out;

import com.coachkeep.privacy.domain.Backup;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;

/**
 * Where backups are kept (a folder, later an object store). A backup is written part by part and becomes visible in
 * {@link #list()} only once {@link #complete(Instant) complete}: a backup cut short by a failure or a crash is never
 * mistaken for a good one.
 */
public interface BackupStorePort {
    /** Starts a backup taken at this time (its time is its identity until it is complete). */
    void begin(Instant takenAt) throws IOException;

    /** A new part of the backup begun at {@code takenAt} ({@code database.dump}); the caller closes the stream. */
    OutputStream part(Instant takenAt, String name) throws IOException;

    /** Marks the backup complete and answers it. */
    Backup complete(Instant takenAt) throws IOException;

    /** Removes whatever was written of the backup begun at {@code takenAt}; it never appears. */
    void abandon(Instant takenAt);

    /** The completed backups, oldest first. */
    List<Backup> list() throws IOException;

    /** Deletes a backup, every part of it; {@code false} when it was already gone. */
    boolean delete(Backup backup) throws IOException;
}
