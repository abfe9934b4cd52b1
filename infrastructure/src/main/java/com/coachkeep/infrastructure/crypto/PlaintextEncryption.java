package com.coachkeep.infrastructure.crypto;

/**
 * A feature's start-up step that encrypts what it still holds in plaintext (rows written before its fields were
 * encrypted, or by an older node during a rolling upgrade). Each feature contributes its own as a CDI bean from its
 * own adapter package; the start-up sequence runs every one, batch by batch, until nothing is left.
 */
public interface PlaintextEncryption {
    /** What is encrypted, in the plural, for the start-up log ("coach notes"). */
    String what();

    /** Encrypts up to {@code max} items in one transaction; returns how many (0 when none is left). Idempotent. */
    int encryptBatch(int max);
}
