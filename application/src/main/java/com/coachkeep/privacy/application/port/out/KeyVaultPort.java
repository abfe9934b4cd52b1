package com.coachkeep.privacy.application.port.out;

/**
 * The key-encryption key (KEK): wraps and unwraps data keys, and never hands out the KEK itself. Implemented by
 * a local keyset file (development, or an explicit choice in production) or a cloud KMS (Google Cloud KMS,
 * AWS KMS). The associated data binds a wrapped key to its subject and purpose, so a wrapped key copied to
 * another subject's row does not unwrap.
 */
public interface KeyVaultPort {
    byte[] wrap(byte[] dataKey, byte[] associatedData);

    /** @throws SecurityException when the wrapped key was not made by this KEK for this associated data */
    byte[] unwrap(byte[] wrappedKey, byte[] associatedData);

    /** A name for logs and documents (the KMS key URI or the key file), never key material. */
    String describe();
}
