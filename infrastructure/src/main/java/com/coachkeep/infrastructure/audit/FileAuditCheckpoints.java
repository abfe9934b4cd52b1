package com.coachkeep.infrastructure.audit;

import com.coachkeep.audit.application.port.out.AuditCheckpointPort;
import com.coachkeep.audit.domain.Checkpoint;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Signed checkpoints in files: one line per checkpoint, {@code sequence hash signedAt signature}, appended to
 * {@code <dir>/checkpoints/<workspace>.log}, signed with an Ed25519 key generated on first use and kept beside them
 * (owner-only permissions). The database never holds the key, so whoever rewrites the database cannot produce a
 * checkpoint that matches the rewritten chain. In production, point {@code coachkeep.audit.dir} at storage the
 * database's administrators cannot write (see docs/audit.md). A line whose signature does not verify is ignored and
 * reported.
 */
@ApplicationScoped
public class FileAuditCheckpoints implements AuditCheckpointPort {
    private static final Logger LOG = Logger.getLogger(FileAuditCheckpoints.class.getName());
    private static final String FORMAT = "coachkeep-audit-checkpoint-v1";

    private final Path directory;
    private KeyPair keys;

    @Inject
    public FileAuditCheckpoints(Config config) {
        this(AuditSettings.from(config).directory());
    }

    public FileAuditCheckpoints(Path directory) {
        this.directory = directory;
    }

    protected FileAuditCheckpoints() {
        this.directory = null;
    }

    @Override
    public synchronized void store(Checkpoint c) {
        try {
            Path file = fileOf(c.workspaceId());
            Files.createDirectories(file.getParent());
            String line = c.sequence() + " " + c.hash() + " " + c.signedAt() + " " + sign(payload(c)) + "\n";
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                    StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the audit checkpoint of " + c.workspaceId(), e);
        }
    }

    @Override
    public synchronized Optional<Checkpoint> latest(WorkspaceId workspaceId) {
        Path file = fileOf(workspaceId);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = lines.size() - 1; i >= 0; i--) {
                Optional<Checkpoint> c = parse(workspaceId, lines.get(i));
                if (c.isPresent()) {
                    return c;
                }
                LOG.warning(() -> "audit checkpoint line of " + workspaceId + " does not verify and is ignored: " + file);
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit checkpoints of " + workspaceId, e);
        }
    }

    private Optional<Checkpoint> parse(WorkspaceId workspaceId, String line) {
        String[] parts = line.strip().split(" ");
        if (parts.length != 4) {
            return Optional.empty();
        }
        try {
            Checkpoint c = new Checkpoint(workspaceId, Long.parseLong(parts[0]), parts[1], Instant.parse(parts[2]));
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(keys().getPublic());
            verifier.update(payload(c).getBytes(StandardCharsets.UTF_8));
            return verifier.verify(Base64.getDecoder().decode(parts[3])) ? Optional.of(c) : Optional.empty();
        } catch (RuntimeException | GeneralSecurityException e) {
            return Optional.empty();
        }
    }

    static String payload(Checkpoint c) {
        return FORMAT + "|" + c.workspaceId() + "|" + c.sequence() + "|" + c.hash() + "|" + c.signedAt();
    }

    private String sign(String payload) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(keys().getPrivate());
            signer.update(payload.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign an audit checkpoint", e);
        }
    }

    private Path fileOf(WorkspaceId workspaceId) {
        return directory.resolve("checkpoints").resolve(workspaceId.value() + ".log");
    }

    /** The signing key pair, generated on first use. */
    private KeyPair keys() {
        if (keys == null) {
            keys = loadOrCreate();
        }
        return keys;
    }

    private KeyPair loadOrCreate() {
        Path privateFile = directory.resolve("checkpoint-signing-key.pk8");
        Path publicFile = directory.resolve("checkpoint-signing-key.pub");
        try {
            KeyFactory factory = KeyFactory.getInstance("Ed25519");
            if (!Files.exists(privateFile)) {
                Files.createDirectories(directory);
                KeyPair generated = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
                try {
                    Files.createFile(privateFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                    Files.writeString(privateFile, Base64.getEncoder().encodeToString(generated.getPrivate().getEncoded()));
                    Files.writeString(publicFile, Base64.getEncoder().encodeToString(generated.getPublic().getEncoded()));
                    LOG.info(() -> "audit checkpoint signing key created in " + directory);
                } catch (FileAlreadyExistsException anotherThreadOrNode) {
                    // created concurrently: read theirs below
                }
            }
            PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(Files.readString(privateFile).strip())));
            PublicKey publicKey = factory.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(Files.readString(publicFile).strip())));
            return new KeyPair(publicKey, privateKey);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the audit checkpoint key in " + directory, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the audit checkpoint key in " + directory + " is unreadable", e);
        }
    }
}
