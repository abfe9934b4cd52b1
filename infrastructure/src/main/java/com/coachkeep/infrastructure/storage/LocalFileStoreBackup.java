package com.coachkeep.infrastructure.storage;

import com.coachkeep.infrastructure.crypto.CryptoSettings;
import com.coachkeep.privacy.application.port.out.FileStoreBackupPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.eclipse.microprofile.config.Config;

/**
 * The local file store's part of a backup: every stored file, as stored (encrypted), in one ZIP archive with the
 * store's own relative paths ({@code <workspace>/<client|workspace>-<id>/<file id>}). Nothing is decrypted and no key
 * is needed: a file of a subject whose key is destroyed stays unreadable in every backup. The entries are not
 * compressed (ciphertext does not compress). Temporary files of writes in progress are left out.
 */
@ApplicationScoped
public class LocalFileStoreBackup implements FileStoreBackupPort {
    @Inject
    Config config;

    private volatile Path root;

    /** For tests and tools outside a container. */
    public static LocalFileStoreBackup of(Path root) {
        LocalFileStoreBackup backup = new LocalFileStoreBackup();
        backup.root = root.toAbsolutePath().normalize();
        return backup;
    }

    @Override
    public long archiveAll(OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        zip.setLevel(Deflater.NO_COMPRESSION);
        if (config != null && FileStoreSettings.S3_KIND.equals(FileStoreSettings.from(config).kind())) {
            // Objects in a bucket are protected by the object store (versioning, replication, its own lifecycle rules);
            // copying the bucket into every backup is not done. Say so in the backup rather than leave it silently empty.
            zip.putNextEntry(new ZipEntry("NOT-INCLUDED.txt"));
            zip.write(("The file store is an S3-compatible bucket (coachkeep.files.store=s3); its objects are not in this "
                    + "backup. See docs/operations/backups.md.\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            return 0;
        }
        Path base = root();
        long count = 0;
        if (Files.isDirectory(base)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(base)) {
                files = walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
            }
            for (Path file : files) {
                try (InputStream in = Files.newInputStream(file)) {
                    zip.putNextEntry(new ZipEntry(base.relativize(file).toString().replace('\\', '/')));
                    in.transferTo(zip);
                    zip.closeEntry();
                    count++;
                } catch (NoSuchFileException deletedMeanwhile) {
                    // deleted since the listing (an erased subject, an expired export): not part of the backup
                }
            }
        }
        zip.finish();
        return count;
    }

    /**
     * Puts the files of a backup's archive back into an empty file store folder (the restore procedure's step for the
     * files), with the store's permissions (folders {@code 700}, files {@code 600}); returns how many. Entries that would leave the folder are refused.
     */
    public static long restore(InputStream archive, Path filesDirectory) throws IOException {
        Path base = filesDirectory.toAbsolutePath().normalize();
        Files.createDirectories(base);
        long count = 0;
        try (ZipInputStream zip = new ZipInputStream(archive)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                Path target = base.resolve(e.getName()).normalize();
                if (!target.startsWith(base) || e.isDirectory()) {
                    continue;
                }
                Files.createDirectories(target.getParent());
                Files.copy(zip, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                count++;
            }
        }
        if (Files.getFileAttributeView(base, java.nio.file.attribute.PosixFileAttributeView.class) != null) {
            // as the file store makes them: folders 700, files 600
            try (Stream<Path> walk = Files.walk(base)) {
                for (Path p : walk.toList()) {
                    Files.setPosixFilePermissions(p, java.nio.file.attribute.PosixFilePermissions.fromString(
                            Files.isDirectory(p) ? "rwx------" : "rw-------"));
                }
            }
        }
        return count;
    }

    private Path root() {
        Path current = root;
        if (current == null) {
            current = CryptoSettings.from(config).fileStore().toAbsolutePath().normalize();
            root = current;
        }
        return current;
    }
}
