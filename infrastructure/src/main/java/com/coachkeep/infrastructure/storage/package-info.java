/**
 * The file store: stored files encrypted before they are written, under the owning subject's file key
 * (Tink streaming AEAD, AES-256-GCM-HKDF in 1 MB segments), streamed in both directions. Local disk today;
 * S3-compatible object storage is the documented next adapter (docs/operations/encryption.md).
 */
package com.coachkeep.infrastructure.storage;
