package com.coachkeep.privacy.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A subject's data key as it is stored: encrypted ("wrapped") by the key-encryption key, which never leaves the
 * key vault. Once destroyed, the material is gone for good and only the marker remains, so that no new key is
 * ever created for the subject and everything encrypted under the old one stays unreadable.
 *
 * @param subject     whose key
 * @param purpose     what it encrypts
 * @param material    the wrapped key, {@code null} once destroyed
 * @param createdAt   when it was created
 * @param destroyedAt when it was destroyed, {@code null} while it lives
 */
public record WrappedKey(DataSubject subject, KeyPurpose purpose, byte[] material, Instant createdAt, Instant destroyedAt) {
    public WrappedKey {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(createdAt, "createdAt");
        if ((material == null) == (destroyedAt == null)) {
            throw new IllegalArgumentException("a key has its material until it is destroyed, and none after");
        }
    }

    public boolean destroyed() {
        return destroyedAt != null;
    }
}
