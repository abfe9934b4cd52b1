package com.coachkeep.infrastructure.backup;

import com.coachkeep.privacy.application.port.out.BackupStorePort;
import com.coachkeep.privacy.domain.Backup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.Config;

/**
 * Backups in a local folder ({@code coachkeep.backup.dir}), one sub-folder per backup named after the time it was
 * taken, {@code coachkeep-20261123T180000123Z}, holding its parts. A backup is written into a hidden
 * {@code .partial} folder and renamed when complete, so a backup cut short never looks like a good one; leftovers of
 * an interrupted backup are removed when the next one starts. Folders are {@code 700} and files {@code 600}: a backup
 * holds the plaintext parts of the data (names, email addresses). Copy the folder off the machine with the tool of
 * your choice (docs/operations/backups.md); whatever copies it must apply the same retention.
 */
@ApplicationScoped
public class LocalBackupStore implements BackupStorePort {
    static final String PREFIX = "coachkeep-";
    static final String PARTIAL = ".partial";
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);
    private static final Pattern BACKUP = Pattern.compile(Pattern.quote(PREFIX) + "(\\d{8}T\\d{9}Z)");

    @Inject
    Config config;

    private volatile Path root;

    /** For tests and tools outside a container. */
    public static LocalBackupStore in(Path directory) {
        LocalBackupStore store = new LocalBackupStore();
        store.root = directory.toAbsolutePath().normalize();
        return store;
    }

    /** The backup's folder name for the time it was taken. */
    public static String nameFor(Instant takenAt) {
        return PREFIX + NAME.format(takenAt);
    }

    /** The time a backup folder's name says it was taken, when it is a backup's name. */
    public static Optional<Instant> takenAt(String name) {
        Matcher m = BACKUP.matcher(name);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(NAME.parse(m.group(1), Instant::from));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The folder of a completed backup. */
    public Path folder(Backup backup) {
        return root().resolve(backup.name());
    }

    @Override
    public void begin(Instant takenAt) throws IOException {
        Path base = root();
        createPrivateDirectory(base);
        try (Stream<Path> old = Files.list(base)) {
            for (Path p : old.filter(p -> p.getFileName().toString().endsWith(PARTIAL)).toList()) {
                deleteTree(p);
            }
        }
        createPrivateDirectory(partial(takenAt));
    }

    @Override
    public OutputStream part(Instant takenAt, String part) throws IOException {
        if (part.contains("/") || part.startsWith(".")) {
            throw new IllegalArgumentException("not a part name: " + part);
        }
        Path partial = partial(takenAt);
        if (!Files.isDirectory(partial)) {
            throw new IllegalStateException("no backup begun at " + takenAt);
        }
        Path file = partial.resolve(part);
        if (posix(partial)) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        return Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
    }

    @Override
    public Backup complete(Instant takenAt) throws IOException {
        String name = nameFor(takenAt);
        Path done = root().resolve(name);
        try {
            Files.move(partial(takenAt), done, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial(takenAt), done);
        }
        return new Backup(name, takenAt, size(done));
    }

    @Override
    public void abandon(Instant takenAt) {
        try {
            deleteTree(partial(takenAt));
        } catch (IOException ignored) {
            // removed when the next backup starts
        }
    }

    private Path partial(Instant takenAt) {
        return root().resolve("." + nameFor(takenAt) + PARTIAL);
    }

    @Override
    public List<Backup> list() throws IOException {
        Path base = root();
        if (!Files.isDirectory(base)) {
            return List.of();
        }
        List<Backup> backups = new ArrayList<>();
        try (Stream<Path> entries = Files.list(base)) {
            for (Path p : entries.filter(Files::isDirectory).toList()) {
                String name = p.getFileName().toString();
                Optional<Instant> taken = takenAt(name);
                if (taken.isPresent()) {
                    backups.add(new Backup(name, taken.get(), size(p)));
                }
            }
        }
        backups.sort(Comparator.comparing(Backup::takenAt));
        return backups;
    }

    @Override
    public boolean delete(Backup backup) throws IOException {
        Path folder = folder(backup);
        if (!Files.isDirectory(folder)) {
            return false;
        }
        deleteTree(folder);
        return true;
    }

    private Path root() {
        Path current = root;
        if (current == null) {
            current = BackupSettings.from(config).directory().toAbsolutePath().normalize();
            root = current;
        }
        return current;
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            long total = 0;
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                total += Files.size(f);
            }
            return total;
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    Files.delete(p);
                } catch (NoSuchFileException ignored) {
                    // already gone
                }
            }
        }
    }

    private static void createPrivateDirectory(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        Files.createDirectories(dir.getParent());
        try {
            if (posix(dir.getParent())) {
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectory(dir);
            }
        } catch (FileAlreadyExistsException e) {
            // created concurrently
        }
    }

    private static boolean posix(Path path) {
        return Files.getFileAttributeView(path, PosixFileAttributeView.class) != null;
    }
}
