package com.coachkeep.infrastructure.storage;

import com.coachkeep.infrastructure.crypto.CryptoSettings;
import com.coachkeep.infrastructure.crypto.DataKeys;
import com.coachkeep.privacy.application.port.out.FileStorePort;
import com.coachkeep.privacy.domain.DataSubject;
import com.coachkeep.privacy.domain.FileId;
import com.coachkeep.privacy.domain.SubjectErasedException;
import com.google.crypto.tink.StreamingAead;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.Config;

/**
 * Files on local disk under {@code coachkeep.files.dir} (default {@code <data dir>/files}), one folder per subject:
 * {@code <workspace id>/<client|workspace>-<subject id>/<file id>}. Each file is encrypted while it is written
 * (to a temporary file, moved into place when complete) and decrypted while it is read, segment by segment, so
 * memory does not grow with the file. The associated data binds a file to its workspace, subject and id: bytes
 * moved to another name or subject do not decrypt, and altered or truncated bytes fail the read.
 *
 * <p>Keys are looked up in the keystore, so {@link #put}, {@link #get} and {@link #delete} run inside a transaction
 * (the use case's); the stream {@link #get} returns may be read after it ends.
 */
@ApplicationScoped
public class LocalFileStore implements FileStorePort {
    private static final int BUFFER = 64 * 1024;

    @Inject
    DataKeys keys;
    @Inject
    Config config;

    private volatile Path root;

    /** For tests and benchmarks outside a container. */
    public static LocalFileStore of(Path root, DataKeys keys) {
        LocalFileStore store = new LocalFileStore();
        store.root = root;
        store.keys = keys;
        return store;
    }

    @Override
    public long put(DataSubject owner, FileId id, InputStream content) throws IOException {
        StreamingAead aead = keys.fileKeyForWriting(owner);
        Path dir = subjectDirectory(owner);
        createPrivateDirectories(dir);
        boolean posix = posix(dir);
        Path temp = posix
                ? Files.createTempFile(dir, "." + id, ".tmp", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(dir, "." + id, ".tmp");
        long size = 0;
        try {
            try (OutputStream out = aead.newEncryptingStream(Files.newOutputStream(temp), associatedData(owner, id))) {
                byte[] buffer = new byte[BUFFER];
                for (int n = content.read(buffer); n >= 0; n = content.read(buffer)) {
                    out.write(buffer, 0, n);
                    size += n;
                }
            } catch (GeneralSecurityException e) {
                throw new IOException("Could not encrypt file " + id, e);
            }
            try {
                Files.move(temp, dir.resolve(id.toString()), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, dir.resolve(id.toString()), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        return size;
    }

    @Override
    public Optional<InputStream> get(DataSubject owner, FileId id) throws IOException {
        Path file = subjectDirectory(owner).resolve(id.toString());
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        StreamingAead aead = keys.fileKeyForReading(owner).orElseThrow(() -> new SubjectErasedException(owner));
        InputStream raw = Files.newInputStream(file);
        try {
            return Optional.of(aead.newDecryptingStream(raw, associatedData(owner, id)));
        } catch (GeneralSecurityException | IOException e) {
            raw.close();
            throw e instanceof IOException io ? io : new IOException("File " + id + " does not decrypt", e);
        }
    }

    @Override
    public boolean delete(DataSubject owner, FileId id) throws IOException {
        return Files.deleteIfExists(subjectDirectory(owner).resolve(id.toString()));
    }

    @Override
    public int deleteAll(DataSubject owner) throws IOException {
        Path dir = subjectDirectory(owner);
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int files = 0;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    if (Files.isRegularFile(p) && !p.getFileName().toString().startsWith(".")) {
                        files++;
                    }
                    Files.delete(p);
                } catch (NoSuchFileException e) {
                    // deleted concurrently
                }
            }
        }
        return files;
    }

    Path subjectDirectory(DataSubject owner) {
        return root().resolve(owner.workspaceId().toString())
                .resolve(owner.kind().name().toLowerCase(Locale.ROOT) + "-" + owner.id());
    }

    static byte[] associatedData(DataSubject owner, FileId id) {
        return ("coachkeep/file/v1|" + owner.workspaceId() + "|" + owner + "|" + id).getBytes(StandardCharsets.UTF_8);
    }

    private Path root() {
        Path current = root;
        if (current == null) {
            current = CryptoSettings.from(config).fileStore().toAbsolutePath().normalize();
            root = current;
        }
        return current;
    }

    private void createPrivateDirectories(Path dir) throws IOException {
        Path base = root();
        if (!posix(base)) {
            Files.createDirectories(dir);
            return;
        }
        Files.createDirectories(base.getParent());
        for (Path p : new Path[] {base, dir.getParent(), dir}) {
            if (!Files.isDirectory(p)) {
                try {
                    Files.createDirectory(p, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                } catch (FileAlreadyExistsException e) {
                    // created concurrently
                }
            }
        }
    }

    private static boolean posix(Path path) {
        Path existing = path;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing != null && Files.getFileAttributeView(existing, PosixFileAttributeView.class) != null;
    }
}
