package com.coachkeep.testing.fakes;

import com.coachkeep.privacy.application.port.out.BackupStorePort;
import com.coachkeep.privacy.application.port.out.DatabaseBackupPort;
import com.coachkeep.privacy.application.port.out.FileStoreBackupPort;
import com.coachkeep.privacy.domain.Backup;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** In-memory fakes of the backup's outgoing ports: a database and a file store that write a marker, and a store. */
public final class FakeBackups {
    private FakeBackups() {
    }

    public static final class Database implements DatabaseBackupPort {
        public boolean fail;

        @Override
        public void dumpData(OutputStream out) throws IOException {
            out.write("dump".getBytes(StandardCharsets.UTF_8));
            if (fail) {
                throw new IOException("pg_dump: server version mismatch");
            }
        }

        @Override
        public String describe() {
            return "fake";
        }
    }

    public static final class Files implements FileStoreBackupPort {
        @Override
        public long archiveAll(OutputStream out) throws IOException {
            out.write("files".getBytes(StandardCharsets.UTF_8));
            return 1;
        }
    }

    /** Completed backups by name, with their parts; abandoned ones are counted. */
    public static final class Store implements BackupStorePort {
        public final Map<String, Backup> complete = new LinkedHashMap<>();
        public final Map<String, Map<String, ByteArrayOutputStream>> parts = new LinkedHashMap<>();
        public int abandoned;

        /** A backup as if taken at that time, already stored. */
        public Backup put(Instant takenAt) {
            Backup b = new Backup("backup-" + takenAt, takenAt, 10);
            complete.put(b.name(), b);
            return b;
        }

        private final Map<Instant, Map<String, ByteArrayOutputStream>> writing = new LinkedHashMap<>();

        @Override
        public void begin(Instant takenAt) {
            writing.put(takenAt, new LinkedHashMap<>());
        }

        @Override
        public OutputStream part(Instant takenAt, String part) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            writing.get(takenAt).put(part, out);
            return out;
        }

        @Override
        public Backup complete(Instant takenAt) {
            Map<String, ByteArrayOutputStream> written = writing.remove(takenAt);
            long size = written.values().stream().mapToLong(ByteArrayOutputStream::size).sum();
            Backup b = new Backup("backup-" + takenAt, takenAt, size);
            complete.put(b.name(), b);
            parts.put(b.name(), written);
            return b;
        }

        @Override
        public void abandon(Instant takenAt) {
            writing.remove(takenAt);
            abandoned++;
        }

        @Override
        public List<Backup> list() {
            List<Backup> all = new ArrayList<>(complete.values());
            all.sort(Comparator.comparing(Backup::takenAt));
            return all;
        }

        @Override
        public boolean delete(Backup backup) {
            parts.remove(backup.name());
            return complete.remove(backup.name()) != null;
        }
    }
}
