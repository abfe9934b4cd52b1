package com.coachkeep.privacy.domain;

/**
 * What a data key encrypts. A subject has one key per purpose, created on first use and destroyed together:
 * short values (database fields) and streams (stored files) need keys of different kinds.
 */
public enum KeyPurpose {
    /** Sensitive database fields: authenticated encryption of whole values (AES-256-GCM). */
    FIELD,
    /** Stored files: streaming authenticated encryption in segments (AES-256-GCM-HKDF, 1 MB segments). */
    FILE
}
