package com.coachkeep.infrastructure.crypto;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.streamingaead.PredefinedStreamingAeadParameters;
import java.security.GeneralSecurityException;

/**
 * Keys for scratch files (an export archive on its way into the file store): generated in memory, used for one file,
 * never stored. Once the process that made one is gone, its scratch file cannot be read by anyone.
 */
public final class ScratchCipher {
    private ScratchCipher() {
    }

    public static StreamingAead newKey() {
        Tink.register();
        try {
            return KeysetHandle.generateNew(PredefinedStreamingAeadParameters.AES256_GCM_HKDF_1MB)
                    .getPrimitive(RegistryConfiguration.get(), StreamingAead.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not generate a scratch key", e);
        }
    }
}
