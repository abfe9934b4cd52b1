package com.coachkeep.infrastructure.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.privacy.domain.Backup;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalBackupStoreTest {
    @TempDir
    Path dir;

    @Test
    void aCompletedBackupIsListedWithItsTimeAndSizeAndOnlyItsOwnerCanReadIt() throws Exception {
        LocalBackupStore store = LocalBackupStore.in(dir.resolve("backups"));
        Instant taken = Instant.parse("2026-11-23T18:00:00.123Z");
        store.begin(taken);
        try (OutputStream out = store.part(taken, "database.dump")) {
            out.write(new byte[1000]);
        }
        assertTrue(store.list().isEmpty(), "an incomplete backup is not listed");

        Backup done = store.complete(taken);

        assertEquals(List.of(new Backup("coachkeep-20261123T180000123Z", taken, 1000)), store.list());
        assertEquals(done, store.list().get(0));
        Path folder = store.folder(done);
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("database.dump"))));
    }

    @Test
    void anAbandonedOrInterruptedBackupLeavesNothingAndTheNextStartCleansUp() throws Exception {
        LocalBackupStore store = LocalBackupStore.in(dir);
        Instant abandoned = Instant.parse("2026-11-23T18:00:00Z");
        store.begin(abandoned);
        store.part(abandoned, "database.dump").close();
        store.abandon(abandoned);
        Instant crashed = Instant.parse("2026-11-23T19:00:00Z");
        store.begin(crashed);
        store.part(crashed, "database.dump").close();

        Instant next = Instant.parse("2026-11-23T20:00:00Z");
        store.begin(next);
        store.complete(next);

        try (var entries = Files.list(dir)) {
            assertEquals(List.of("coachkeep-20261123T200000000Z"), entries.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void deletingABackupRemovesEveryPartAndOtherFoldersAreNotBackups() throws Exception {
        LocalBackupStore store = LocalBackupStore.in(dir);
        Files.createDirectories(dir.resolve("notes"));
        Instant taken = Instant.parse("2026-10-01T00:00:00Z");
        store.begin(taken);
        store.part(taken, "database.dump").close();
        store.part(taken, "files.zip").close();
        Backup done = store.complete(taken);

        assertTrue(store.delete(done));
        assertFalse(store.delete(done));
        assertTrue(store.list().isEmpty());
        assertEquals(Optional.empty(), LocalBackupStore.takenAt("notes"));
    }

    @Test
    void theDumpConnectsWithTheJdbcUrlsHostPortDatabaseAndTlsSettingsOnly() {
        assertEquals("postgresql://db.internal:5432/coachkeep?sslmode=verify-full",
                PgDumpDatabaseBackup.libpq("jdbc:postgresql://db.internal:5432/coachkeep?sslmode=verify-full&stringType=unspecified"));
        assertEquals("postgresql://127.0.0.1:15432/coachkeep", PgDumpDatabaseBackup.libpq("jdbc:postgresql://127.0.0.1:15432/coachkeep"));
    }
}
