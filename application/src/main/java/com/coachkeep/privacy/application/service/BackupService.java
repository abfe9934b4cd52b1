package com.coachkeep.privacy.application.service;

import com.coachkeep.privacy.application.port.in.BackUpDataUseCase;
import com.coachkeep.privacy.application.port.in.PruneBackupsUseCase;
import com.coachkeep.privacy.application.port.out.BackupStorePort;
import com.coachkeep.privacy.application.port.out.DatabaseBackupPort;
import com.coachkeep.privacy.application.port.out.FileStoreBackupPort;
import com.coachkeep.privacy.domain.Backup;
import com.coachkeep.privacy.domain.BackupRetention;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Backups (P-BAK-1) and their retention (P-DEL-3). A backup holds two parts: the database's data (every schema but the
 * keystore, see {@link DatabaseBackupPort}) and the file store, still encrypted. It is not one transaction with the
 * data: the database part is one consistent snapshot, and the files are copied right after it, so a file may be
 * newer than the snapshot (a file without its row, harmless) or, rarely, missing (a file deleted in between, such as
 * an expired export archive). Nothing here opens a database transaction: the dump runs in its own snapshot.
 */
@ApplicationScoped
public class BackupService implements BackUpDataUseCase, PruneBackupsUseCase {
    public static final String DATABASE_PART = "database.dump";
    public static final String FILES_PART = "files.zip";

    private final DatabaseBackupPort database;
    private final FileStoreBackupPort files;
    private final BackupStorePort store;
    private final BackupRetention retention;
    private final Clock clock;

    @Inject
    public BackupService(DatabaseBackupPort database, FileStoreBackupPort files, BackupStorePort store, BackupRetention retention,
            Clock clock) {
        this.database = database;
        this.files = files;
        this.store = store;
        this.retention = retention;
        this.clock = clock;
    }

    protected BackupService() {
        this(null, null, null, null, null);
    }

    @Override
    public Backup backUp() {
        Instant takenAt = clock.instant();
        try {
            store.begin(takenAt);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a backup", e);
        }
        try {
            try (OutputStream out = store.part(takenAt, DATABASE_PART)) {
                database.dumpData(out);
            }
            try (OutputStream out = store.part(takenAt, FILES_PART)) {
                files.archiveAll(out);
            }
            return store.complete(takenAt);
        } catch (IOException | RuntimeException e) {
            store.abandon(takenAt);
            if (e instanceof IOException io) {
                throw new UncheckedIOException("backup failed: " + e.getMessage(), io);
            }
            throw (RuntimeException) e;
        }
    }

    @Override
    public Optional<Backup> backUpIfDue(Duration interval) {
        Instant now = clock.instant();
        List<Backup> all;
        try {
            all = store.list();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list backups", e);
        }
        boolean recent = all.stream().anyMatch(b -> b.takenAt().isAfter(now.minus(interval)));
        return recent ? Optional.empty() : Optional.of(backUp());
    }

    @Override
    public List<Backup> prune() {
        try {
            List<Backup> deleted = new ArrayList<>();
            for (Backup expired : retention.expired(store.list(), clock.instant())) {
                if (store.delete(expired)) {
                    deleted.add(expired);
                }
            }
            return deleted;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prune backups", e);
        }
    }
}
