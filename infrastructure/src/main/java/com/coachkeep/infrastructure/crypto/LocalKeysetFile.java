package com.coachkeep.infrastructure.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Set;

/**
 * A key-encryption key kept in a local Tink keyset file (JSON, AES-256-GCM), generated on first use in a folder
 * only the server's user can enter (700), readable by that user only (600). The file is the only copy: losing it
 * loses every encrypted value, so it is backed up apart from the database (never with it) and never committed.
 */
final class LocalKeysetFile {
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");

    private LocalKeysetFile() {
    }

    /** The KEK in {@code file}, generated when the file does not exist. */
    static Aead loadOrCreate(Path file) throws IOException, GeneralSecurityException {
        Tink.register();
        Path target = file.toAbsolutePath().normalize();
        Path dir = target.getParent();
        boolean posix = posix(dir);
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir.getParent());
            try {
                if (posix) {
                    Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIR));
                } else {
                    Files.createDirectory(dir);
                }
            } catch (FileAlreadyExistsException e) {
                // created concurrently: fine
            }
        }
        if (!Files.exists(target)) {
            KeysetHandle generated = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
            String json = TinkJsonProtoKeysetFormat.serializeKeyset(generated, InsecureSecretKeyAccess.get());
            Path temp = posix
                    ? Files.createTempFile(dir, ".kek", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE))
                    : Files.createTempFile(dir, ".kek", ".tmp");
            try {
                Files.writeString(temp, json, StandardCharsets.UTF_8);
                try {
                    // no REPLACE_EXISTING: when another process wrote the file first, its key is the key
                    Files.move(temp, target);
                } catch (FileAlreadyExistsException e) {
                    // keep theirs
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        }
        if (posix) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(target);
            if (!OWNER_ONLY_FILE.containsAll(permissions)) {
                throw new IllegalStateException("The key-encryption key file " + target + " is readable by others ("
                        + PosixFilePermissions.toString(permissions) + "): run chmod 600 on it, and check who read it.");
            }
        }
        KeysetHandle handle = TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(target, StandardCharsets.UTF_8),
                InsecureSecretKeyAccess.get());
        return handle.getPrimitive(RegistryConfiguration.get(), Aead.class);
    }

    private static boolean posix(Path path) {
        Path existing = path;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing != null && Files.getFileAttributeView(existing, PosixFileAttributeView.class) != null;
    }
}
