package com.coachkeep.infrastructure.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.infrastructure.crypto.DataKeys;
import com.coachkeep.infrastructure.crypto.InMemoryWrappedKeys;
import com.coachkeep.infrastructure.crypto.TinkKeyVault;
import com.coachkeep.privacy.application.port.out.ExportArchivePort;
import com.coachkeep.privacy.application.port.out.ExportArchiveStorePort;
import com.coachkeep.privacy.domain.DataSubject;
import com.coachkeep.privacy.domain.FileId;
import com.coachkeep.shared.domain.WorkspaceId;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Export throughput and heap growth for a workspace holding large files (by default 1 GB in 64 files of 16 MB of
 * incompressible bytes, like photos), through the real archive writer, the encrypted scratch file and the encrypted
 * local file store. Runs only with {@code -Dcoachkeep.export.benchmark=true}:
 *
 * <pre>./mvnw -pl infrastructure -am test -Dtest=ExportArchiveBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dcoachkeep.export.benchmark=true [-Dcoachkeep.export.benchmark.mb=1024]</pre>
 */
class ExportArchiveBenchmarkTest {
    @TempDir
    Path temp;

    @Test
    void exportsAWorkspaceOfLargeFilesWithFlatMemory() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("coachkeep.export.benchmark"), "benchmark: -Dcoachkeep.export.benchmark=true");
        long totalMb = Long.getLong("coachkeep.export.benchmark.mb", 1024);
        int fileMb = 16;
        int files = (int) Math.max(1, totalMb / fileMb);
        DataKeys keys = DataKeys.of(new InMemoryWrappedKeys(), TinkKeyVault.localFile(temp.resolve("keys/kek.json")), Clock.systemUTC(),
                Duration.ofMinutes(2), 100);
        LocalFileStore store = LocalFileStore.of(temp.resolve("files"), keys);
        WorkspaceId workspace = WorkspaceId.newId();
        DataSubject owner = DataSubject.workspace(workspace);
        List<FileId> ids = new ArrayList<>();
        long putStart = System.nanoTime();
        for (int i = 0; i < files; i++) {
            FileId id = FileId.newId();
            try (InputStream in = FileStoreContract.generated(fileMb * 1024L * 1024, i)) {
                store.put(owner, id, in);
            }
            ids.add(id);
        }
        double putSeconds = (System.nanoTime() - putStart) / 1e9;
        long bytes = files * fileMb * 1024L * 1024;

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(baseline);
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();

        ZipExportArchives archives = ZipExportArchives.of(store, temp.resolve("export-scratch"));
        FileId archiveId = FileId.newId();
        long start = System.nanoTime();
        long size;
        try (ExportArchiveStorePort.OpenArchivePort archive = archives.open(owner, archiveId)) {
            ExportArchivePort photos = archive.folder("photos");
            for (FileId id : ids) {
                photos.file("files/" + id + ".jpg", owner, id);
            }
            size = archive.store(new ExportArchiveStorePort.Manifest("bench", workspace.toString(), "Benchmark", "workspace", null,
                    "2026-11-23T00:00:00Z", List.of(new ExportArchiveStorePort.Feature("photos", List.of("photo"), "photos/<id>.jpg            photos"))));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        sampler.interrupt();
        sampler.join();
        System.gc();
        long after = memory.getHeapMemoryUsage().getUsed();

        long readStart = System.nanoTime();
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(store.get(owner, archiveId).orElseThrow())) {
            byte[] buffer = new byte[64 * 1024];
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries++;
                while (zip.read(buffer) >= 0) {
                    // drain
                }
            }
        }
        double readSeconds = (System.nanoTime() - readStart) / 1e9;

        assertEquals(files + 2, entries);
        assertTrue(size > bytes);
        System.out.printf("export benchmark: %d files, %.0f MB of stored files (incompressible), archive %.0f MB%n", files,
                bytes / 1048576.0, size / 1048576.0);
        System.out.printf("export benchmark: putting the files into the store %.1f s (%.0f MB/s)%n", putSeconds, bytes / 1048576.0 / putSeconds);
        System.out.printf("export benchmark: writing the archive %.1f s = %.1f MB/s (read+decrypt each file, zip, encrypt scratch, "
                + "read+decrypt scratch, encrypt into the store)%n", seconds, bytes / 1048576.0 / seconds);
        System.out.printf("export benchmark: reading the archive back (decrypt + unzip) %.1f s = %.1f MB/s%n", readSeconds,
                bytes / 1048576.0 / readSeconds);
        System.out.printf("export benchmark: heap used before %.1f MB, peak while writing %.1f MB (+%.1f MB), after GC %.1f MB; max heap %.0f MB%n",
                baseline / 1048576.0, peak.get() / 1048576.0, (peak.get() - baseline) / 1048576.0, after / 1048576.0,
                memory.getHeapMemoryUsage().getMax() / 1048576.0);
    }
}
