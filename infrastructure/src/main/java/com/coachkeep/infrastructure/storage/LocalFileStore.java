package com.coachkeep.infrastructure.storage;

import com.coachkeep.infrastructure.crypto.DataKeys;
import com.coachkeep.privacy.application.port.out.FileStorePort;
import com.coachkeep.privacy.domain.DataSubject;
import com.coachkeep.privacy.domain.FileId;
import com.coachkeep.privacy.domain.SubjectErasedException;
import com.google.crypto.tink.StreamingAead;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Files on local disk under {@code coachkeep.files.dir} (default {@code <data dir>/files}), one folder per subject:
 * {@code <workspace id>/<client|workspace>-<subject id>/<file id>}. Each file is encrypted while it is written
 * (to a temporary file, moved into place when complete) and decrypted while it is read, segment by segment, so
 * memory does not grow with the file. The associated data binds a file to its workspace, subject and id: bytes
 * moved to another name or subject do not decrypt, and altered or truncated bytes fail the read.
 *
 * <p>Not a bean of its own: {@link ConfiguredFileStore} creates it when {@code coachkeep.files.store} is {@code local}.
 * Keys are looked up in the keystore, so {@link #put}, {@link #get} and {@link #delete} run inside a transaction
 * (the use case's); the stream {@link #get} returns may be read after it ends.
 */
public final class LocalFileStore implements FileStorePort {
    private final Path root;
    private final DataKeys keys;

    private LocalFileStore(Path root, DataKeys keys) {
        this.root = root.toAbsolutePath().normalize();
        this.keys = keys;
    }

    public static LocalFileStore of(Path root, DataKeys keys) {
        return new LocalFileStore(root, keys);
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
        long size;
        try {
            size = EncryptedFiles.encrypt(aead, owner, id, content, temp);
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
        return Optional.of(EncryptedFiles.decrypting(aead, owner, id, Files.newInputStream(file)));
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
        return root.resolve(EncryptedFiles.subjectPath(owner));
    }

    private void createPrivateDirectories(Path dir) throws IOException {
        Path base = root;
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
