package com.coachkeep.infrastructure.platform;

import com.coachkeep.infrastructure.crypto.PlaintextEncryption;
import com.coachkeep.privacy.application.port.out.KeyVaultPort;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Once the schema is migrated, before other start-up observers write data: opens the key-encryption key (a
 * missing KMS integration or an unreadable key file stops the start here, with the reason), warns loudly when
 * production runs on a local key file, and encrypts whatever sensitive field is still stored in plaintext.
 */
@ApplicationScoped
public class EncryptionStartup {
    private static final Logger LOG = Logger.getLogger(EncryptionStartup.class.getName());
    static final int BATCH = 200;

    @Inject
    KeyVaultPort vault;
    /** Every feature's own step, found by CDI: a feature with encrypted fields contributes one from its packages. */
    @Inject
    Instance<PlaintextEncryption> steps;
    @Inject
    Config config;

    void onReady(@Observes @Priority(Interceptor.Priority.APPLICATION) PlatformReady ready) {
        String kek = vault.describe();
        if (!ready.developmentMode() && PlatformSettings.from(config).localKeyEncryptionKey()) {
            LOG.warning(() -> "*** Coachkeep runs in production with a LOCAL key-encryption key (" + kek + "). Every "
                    + "encrypted field and file depends on this one file: keep it off the database's disks and out of its "
                    + "backups, back it up apart, and prefer a KMS key (COACHKEEP_KEK_URI=gcp-kms://… or aws-kms://…). ***");
        }
        for (PlaintextEncryption step : steps) {
            long started = System.nanoTime();
            int total = 0;
            for (int done = step.encryptBatch(BATCH); done > 0; done = step.encryptBatch(BATCH)) {
                total += done;
            }
            if (total > 0) {
                int count = total;
                long millis = (System.nanoTime() - started) / 1_000_000;
                LOG.info(() -> "Encrypted " + count + " " + step.what() + " stored in plaintext (" + millis + " ms)");
            }
        }
    }
}
