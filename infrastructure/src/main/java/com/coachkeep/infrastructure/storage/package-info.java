/**
 * The file store: stored files encrypted before they are written, under the owning subject's file key
 * (Tink streaming AEAD, AES-256-GCM-HKDF in 1 MB segments), streamed in both directions, on local disk or in an
 * S3-compatible object store as configuration selects (docs/operations/encryption.md).
 */
package com.coachkeep.infrastructure.storage;
