package com.coachkeep.infrastructure.image;

import com.coachkeep.infrastructure.crypto.DataKeys;
import com.coachkeep.infrastructure.crypto.InMemoryWrappedKeys;
import com.coachkeep.infrastructure.crypto.TinkKeyVault;
import com.coachkeep.infrastructure.storage.LocalFileStore;
import com.coachkeep.privacy.domain.DataSubject;
import com.coachkeep.privacy.domain.FileId;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.ImageSanitizer.Limits;
import com.coachkeep.shared.application.ImageSanitizer.SanitizedImage;
import com.coachkeep.shared.domain.WorkspaceId;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The image pipeline's cost, printed (not asserted): a 12-megapixel phone photo (4000×3000 JPEG with EXIF orientation
 * and GPS) from upload bytes to stored (checked, decoded, turned upright, re-encoded, thumbnail, both encrypted into the
 * local file store), the heap's peak while it runs, and photos per second on one thread. Run with
 * {@code -Dcoachkeep.image.benchmark=true} (docs/photos.md, "Cost").
 */
class ImagePipelineBenchmarkTest {
    @TempDir
    Path temp;

    @Test
    void twelveMegapixelsFromUploadToStored() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("coachkeep.image.benchmark"), "benchmark: -Dcoachkeep.image.benchmark=true");
        ImageIoSanitizer sanitizer = new ImageIoSanitizer();
        DataKeys keys = DataKeys.of(new InMemoryWrappedKeys(), TinkKeyVault.localFile(temp.resolve("keys/kek.json")), Clock.systemUTC(),
                Duration.ofMinutes(2), 100);
        LocalFileStore store = LocalFileStore.of(temp.resolve("files"), keys);
        DataSubject owner = DataSubject.client(WorkspaceId.newId(), ClientId.newId());
        for (int[] size : new int[][] {{4000, 3000}, {1600, 1200}}) {
            byte[] upload = phonePhoto(size[0], size[1]);
            int runs = size[0] == 4000 ? 8 : 20;
            for (int i = 0; i < 2; i++) {
                storeOne(sanitizer, store, owner, upload); // warm-up
            }
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            System.gc();
            long baseline = memory.getHeapMemoryUsage().getUsed();
            AtomicLong peak = new AtomicLong(baseline);
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(2);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.setDaemon(true);
            sampler.start();
            long[] millis = new long[runs];
            com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
            long started = System.nanoTime();
            for (int i = 0; i < runs; i++) {
                long t = System.nanoTime();
                storeOne(sanitizer, store, owner, upload);
                millis[i] = (System.nanoTime() - t) / 1_000_000;
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            long allocatedPerPhoto = (threads.getCurrentThreadAllocatedBytes() - allocatedBefore) / runs;
            sampler.interrupt();
            sampler.join();
            Arrays.sort(millis);
            System.out.printf("image benchmark: %dx%d (%.1f MP) JPEG of %.1f MB, upload to stored (sanitize + thumbnail + encrypt both): "
                            + "median %d ms, min %d ms, max %d ms over %d runs; %.2f photos/s on one thread%n", size[0], size[1],
                    size[0] * size[1] / 1e6, upload.length / 1048576.0, millis[runs / 2], millis[0], millis[runs - 1], runs, runs / seconds);
            System.out.printf("image benchmark: %dx%d heap used before %.0f MB, peak while processing %.0f MB (+%.0f MB, garbage "
                            + "included); %.0f MB allocated per photo; max heap %.0f MB%n", size[0], size[1], baseline / 1048576.0,
                    peak.get() / 1048576.0, (peak.get() - baseline) / 1048576.0, allocatedPerPhoto / 1048576.0,
                    Runtime.getRuntime().maxMemory() / 1048576.0);
        }
    }

    private static void storeOne(ImageIoSanitizer sanitizer, LocalFileStore store, DataSubject owner, byte[] upload) throws Exception {
        SanitizedImage image = sanitizer.sanitize(upload, Limits.DEFAULT);
        store.put(owner, FileId.newId(), new ByteArrayInputStream(image.full().bytes()));
        store.put(owner, FileId.newId(), new ByteArrayInputStream(image.thumbnail().bytes()));
    }

    /** A photo-like JPEG (gradients, shapes and sensor noise, so it compresses like a photo) with a phone's EXIF. */
    static byte[] phonePhoto(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new java.awt.GradientPaint(0, 0, new Color(200, 190, 170), width, height, new Color(90, 80, 70)));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(60, 50, 45));
        g.fillOval(width / 3, height / 8, width / 3, height * 3 / 4);
        g.dispose();
        Random random = new Random(42);
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                int n = random.nextInt(17) - 8;
                int r = clamp(((row[x] >> 16) & 0xff) + n);
                int gr = clamp(((row[x] >> 8) & 0xff) + n);
                int b = clamp((row[x] & 0xff) + n);
                row[x] = (r << 16) | (gr << 8) | b;
            }
            image.setRGB(0, y, width, 1, row, 0, width);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        byte[] plain = out.toByteArray();
        // the same EXIF segment as a phone's (orientation 6, GPS) after SOI
        byte[] exif = ImageFixtures.concat("Exif\0\0".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), ImageFixtures.exifTiff(6));
        ByteArrayOutputStream phone = new ByteArrayOutputStream();
        phone.write(plain, 0, 2);
        phone.write(0xff);
        phone.write(0xe1);
        phone.write((exif.length + 2) >> 8);
        phone.write((exif.length + 2) & 0xff);
        phone.write(exif);
        phone.write(plain, 2, plain.length - 2);
        return phone.toByteArray();
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
