package com.coachkeep.infrastructure.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KmsClient;
import java.lang.reflect.InvocationTargetException;
import java.security.GeneralSecurityException;

/**
 * A key-encryption key held by Google Cloud KMS or AWS KMS, reached through Tink's KMS integrations. Those
 * integrations bring the cloud providers' SDKs (tens of megabytes), so they are not part of the default WAR: they
 * are loaded by name when a KMS URI is configured, and start-up fails with instructions when they are absent
 * (docs/operations/encryption.md, "Key-encryption key in a KMS").
 */
final class KmsKeys {
    static final String GCP_CLIENT = "com.google.crypto.tink.integration.gcpkms.GcpKmsClient";
    static final String AWS_CLIENT = "com.google.crypto.tink.integration.awskms.AwsKmsClient";

    private KmsKeys() {
    }

    /** The KEK named by a {@code gcp-kms://} or {@code aws-kms://} URI, with the platform's default credentials. */
    static Aead open(String uri) throws GeneralSecurityException {
        Tink.register();
        String clientClass;
        String artifact;
        if (uri.startsWith(CryptoSettings.GCP_KMS_SCHEME)) {
            clientClass = GCP_CLIENT;
            artifact = "com.google.crypto.tink:tink-gcpkms";
        } else if (uri.startsWith(CryptoSettings.AWS_KMS_SCHEME)) {
            clientClass = AWS_CLIENT;
            artifact = "com.google.crypto.tink:tink-awskms";
        } else {
            throw new IllegalStateException(CryptoSettings.KEK_URI + " (COACHKEEP_KEK_URI) must start with "
                    + CryptoSettings.GCP_KMS_SCHEME + ", " + CryptoSettings.AWS_KMS_SCHEME + " or "
                    + CryptoSettings.FILE_SCHEME + "; it is '" + uri + "'");
        }
        KmsClient client;
        try {
            Class<?> type = Class.forName(clientClass, true, KmsKeys.class.getClassLoader());
            client = (KmsClient) type.getConstructor().newInstance();
        } catch (ClassNotFoundException | NoClassDefFoundError e) {
            throw new IllegalStateException("COACHKEEP_KEK_URI names a key in " + (GCP_CLIENT.equals(clientClass) ? "Google Cloud KMS"
                    : "AWS KMS") + ", but the integration library " + artifact + " is not deployed with the application: "
                    + "build the WAR with it (see docs/operations/encryption.md) or choose another key-encryption key.", e);
        } catch (ReflectiveOperationException e) {
            Throwable cause = e instanceof InvocationTargetException ? e.getCause() : e;
            throw new IllegalStateException("Could not create the KMS client " + clientClass + ": " + cause, cause);
        }
        return client.withDefaultCredentials().getAead(uri);
    }
}
