package com.coachkeep.infrastructure.crypto;

import com.google.crypto.tink.Aead;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Optional;

/**
 * Encrypts and decrypts sensitive text fields for the persistence adapters, under the data key of the field's
 * subject, with the field's location as associated data. The stored form is Tink's AEAD output (a 5-byte key
 * prefix, a 12-byte nonce, the ciphertext and a 16-byte tag).
 */
@ApplicationScoped
public class FieldCipher {
    @Inject
    DataKeys keys;

    /** For tests and benchmarks outside a container. */
    public static FieldCipher of(DataKeys keys) {
        FieldCipher cipher = new FieldCipher();
        cipher.keys = keys;
        return cipher;
    }

    /** @throws com.coachkeep.privacy.domain.SubjectErasedException when the subject's key was destroyed */
    public byte[] encrypt(FieldLocation at, String plaintext) {
        Aead aead = keys.fieldKeyForWriting(at.subject());
        try {
            return aead.encrypt(plaintext.getBytes(StandardCharsets.UTF_8), at.associatedData());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not encrypt " + at, e);
        }
    }

    /**
     * The plaintext; empty when the subject's key was destroyed (the value is erased).
     *
     * @throws IllegalStateException when the value was altered or does not belong at this location
     */
    public Optional<String> decrypt(FieldLocation at, byte[] ciphertext) {
        Optional<Aead> aead = keys.fieldKeyForReading(at.subject());
        if (aead.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new String(aead.get().decrypt(ciphertext, at.associatedData()), StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The encrypted " + at + " does not decrypt: it was altered or moved from elsewhere", e);
        }
    }
}
