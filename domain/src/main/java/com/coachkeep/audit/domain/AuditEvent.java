package com.coachkeep.audit.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * An event in its place in a workspace's chain. Invariants: sequences start at 1 and have no gaps; {@code
 * previousHash} is the hash of the event before (or {@link AuditChain#GENESIS} for the first); {@code hash} is
 * {@link AuditChain#hash} of everything else. Events are never changed or removed once appended.
 */
public record AuditEvent(UUID id, long sequence, Instant occurredAt, AuditEntry entry, String previousHash, String hash) {
    public AuditEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
        // the database keeps microseconds; the hash covers exactly what is stored
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must start at 1");
        }
    }
}
