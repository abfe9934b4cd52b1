package com.coachkeep.infrastructure.crypto;

import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.streamingaead.StreamingAeadConfig;
import java.security.GeneralSecurityException;

/** Registers the Tink primitives this application uses, once per class loader. */
final class Tink {
    private static volatile boolean registered;

    private Tink() {
    }

    static void register() {
        if (registered) {
            return;
        }
        synchronized (Tink.class) {
            if (!registered) {
                try {
                    AeadConfig.register();
                    StreamingAeadConfig.register();
                } catch (GeneralSecurityException e) {
                    throw new IllegalStateException("Tink could not register its primitives", e);
                }
                registered = true;
            }
        }
    }
}
