/**
 * Envelope encryption with Google Tink: a key-encryption key in a key vault (a local keyset file or a cloud KMS)
 * wraps one data key per subject and purpose; data keys encrypt sensitive fields (AES-256-GCM) and stored files
 * (AES-256-GCM-HKDF streaming). Associated data binds every ciphertext to where it belongs. See
 * docs/operations/encryption.md.
 */
package com.coachkeep.infrastructure.crypto;
