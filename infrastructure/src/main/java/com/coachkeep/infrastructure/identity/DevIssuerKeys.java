package com.coachkeep.infrastructure.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.Set;

/**
 * The development issuer's RSA key pair, kept in a folder of the data directory (never in the
 * repository): {@value #PRIVATE_KEY_FILE} (the private JWK, readable by the owner only) and
 * {@value #PUBLIC_JWKS_FILE} (the public JWKS that {@code mp.jwt.verify.publickey.location}
 * points at). Generated on first use, reused afterwards so that tokens stay valid across restarts.
 */
public final class DevIssuerKeys {

    public static final String PRIVATE_KEY_FILE = "signing-key.jwk.json";
    public static final String PUBLIC_JWKS_FILE = "jwks.json";

    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");

    private final RSAKey signingKey;
    private final Path directory;
    private final boolean generated;

    private DevIssuerKeys(RSAKey signingKey, Path directory, boolean generated) {
        this.signingKey = signingKey;
        this.directory = directory;
        this.generated = generated;
    }

    /**
     * Loads the key pair from {@code directory}, generating it (RSA 2048, RS256, key id = JWK
     * thumbprint) when absent; rewrites the public JWKS when it is missing.
     */
    public static DevIssuerKeys loadOrCreate(Path directory) throws IOException {
        Path dir = directory.toAbsolutePath().normalize();
        createPrivateDirectory(dir);
        Path privateFile = dir.resolve(PRIVATE_KEY_FILE);
        Path publicFile = dir.resolve(PUBLIC_JWKS_FILE);
        boolean generated = false;
        RSAKey key;
        if (Files.exists(privateFile)) {
            key = parse(Files.readString(privateFile, StandardCharsets.UTF_8), privateFile);
        } else {
            key = generate();
            writeAtomically(privateFile, key.toJSONString(), true);
            generated = true;
        }
        String publicJwks = new JWKSet(key.toPublicJWK()).toString(true);
        if (generated || !Files.exists(publicFile)
                || !publicJwks.equals(Files.readString(publicFile, StandardCharsets.UTF_8))) {
            writeAtomically(publicFile, publicJwks, false);
        }
        return new DevIssuerKeys(key, dir, generated);
    }

    /** The private signing key. */
    public RSAKey signingKey() {
        return signingKey;
    }

    /** The folder holding both files. */
    public Path directory() {
        return directory;
    }

    /** The public JWKS file. */
    public Path publicJwksFile() {
        return directory.resolve(PUBLIC_JWKS_FILE);
    }

    /** Whether this call generated a new key pair. */
    public boolean generated() {
        return generated;
    }

    private static RSAKey generate() throws IOException {
        try {
            RSAKey key = new RSAKeyGenerator(2048)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .keyIDFromThumbprint(true)
                    .generate();
            return key;
        } catch (JOSEException e) {
            throw new IOException("Could not generate the development issuer key", e);
        }
    }

    private static RSAKey parse(String json, Path file) throws IOException {
        try {
            RSAKey key = RSAKey.parse(json);
            if (!key.isPrivate()) {
                throw new IOException(file + " holds no private key");
            }
            return key;
        } catch (ParseException e) {
            throw new IOException("Could not read the development issuer key " + file
                    + " (delete the folder to generate a new one)", e);
        }
    }

    private static void createPrivateDirectory(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        if (posix(dir.getParent())) {
            Files.createDirectories(dir.getParent());
            try {
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIR));
            } catch (FileAlreadyExistsException e) {
                // created concurrently: fine
            }
        } else {
            Files.createDirectories(dir);
        }
    }

    private static void writeAtomically(Path target, String content, boolean ownerOnly) throws IOException {
        Path dir = target.getParent();
        FileAttribute<?>[] attributes = ownerOnly && posix(dir)
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE)}
                : new FileAttribute<?>[0];
        Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp", attributes);
        try {
            Files.writeString(temp, content, StandardCharsets.UTF_8);
            if (!ownerOnly && posix(dir)) {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static boolean posix(Path path) {
        Path existing = path;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing != null && Files.getFileAttributeView(existing,
                java.nio.file.attribute.PosixFileAttributeView.class) != null;
    }
}
