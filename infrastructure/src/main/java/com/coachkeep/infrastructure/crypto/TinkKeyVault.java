package com.coachkeep.infrastructure.crypto;

import com.coachkeep.privacy.application.port.out.KeyVaultPort;
import com.google.crypto.tink.Aead;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The key vault as configured by {@code COACHKEEP_KEK_URI}: a cloud KMS key or a local keyset file. The KEK is
 * opened on first use (at the latest by the start-up step that encrypts existing data, so a misconfiguration
 * stops the start rather than the first request).
 */
@ApplicationScoped
public class TinkKeyVault implements KeyVaultPort {
    /** The sub-processors that hold the key-encryption key for a {@code gcp-kms://} or {@code aws-kms://} URI (P-OWN-1). */
    public static final String GOOGLE_CLOUD_KMS = "Google Cloud Key Management Service";
    public static final String AWS_KMS = "AWS Key Management Service";

    /** The sub-processor this key vault calls to unwrap data keys; none for a local keyset file. */
    public static java.util.Optional<String> subProcessor(String kekUri) {
        if (kekUri == null || kekUri.startsWith(CryptoSettings.FILE_SCHEME)) {
            return java.util.Optional.empty();
        }
        if (kekUri.startsWith(CryptoSettings.GCP_KMS_SCHEME)) {
            return java.util.Optional.of(GOOGLE_CLOUD_KMS);
        }
        if (kekUri.startsWith(CryptoSettings.AWS_KMS_SCHEME)) {
            return java.util.Optional.of(AWS_KMS);
        }
        return java.util.Optional.of(com.coachkeep.infrastructure.platform.SubProcessors.UNDECLARED);
    }
    private static final Logger LOG = Logger.getLogger(TinkKeyVault.class.getName());

    @Inject
    Config config;

    private volatile Aead kek;
    private volatile String description;

    /** For tests and benchmarks outside a container. */
    public static TinkKeyVault of(Aead kek, String description) {
        TinkKeyVault vault = new TinkKeyVault();
        vault.kek = kek;
        vault.description = description;
        return vault;
    }

    /** A vault over a local keyset file (generated when absent). */
    public static TinkKeyVault localFile(java.nio.file.Path file) throws IOException, GeneralSecurityException {
        return of(LocalKeysetFile.loadOrCreate(file), "local keyset file " + file.toAbsolutePath().normalize());
    }

    @Override
    public byte[] wrap(byte[] dataKey, byte[] associatedData) {
        try {
            return kek().encrypt(dataKey, associatedData);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The key-encryption key could not wrap a data key", e);
        }
    }

    @Override
    public byte[] unwrap(byte[] wrappedKey, byte[] associatedData) {
        try {
            return kek().decrypt(wrappedKey, associatedData);
        } catch (GeneralSecurityException e) {
            throw new SecurityException("A data key does not unwrap with the key-encryption key: it was made by another "
                    + "key-encryption key, for another subject, or altered", e);
        }
    }

    @Override
    public String describe() {
        kek();
        return description;
    }

    private Aead kek() {
        Aead current = kek;
        if (current == null) {
            synchronized (this) {
                if (kek == null) {
                    open(CryptoSettings.from(config));
                }
                current = kek;
            }
        }
        return current;
    }

    private void open(CryptoSettings settings) {
        try {
            if (settings.localKeyFile()) {
                kek = LocalKeysetFile.loadOrCreate(settings.keyFile());
                description = "local keyset file " + settings.keyFile().toAbsolutePath().normalize();
            } else {
                kek = KmsKeys.open(settings.kekUri());
                description = settings.kekUri();
            }
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("The key-encryption key (" + (settings.kekUri() == null
                    ? settings.keyFile() : settings.kekUri()) + ") could not be opened: " + e.getMessage(), e);
        }
        LOG.info(() -> "Coachkeep key-encryption key: " + description);
    }
}
