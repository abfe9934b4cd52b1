package com.coachkeep.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

/**
 * The hash chain. An event's hash is SHA-256 over a canonical, length-prefixed encoding of every stored field and
 * the previous event's hash, so no two different events encode alike and changing any field, or the order,
 * changes every hash from there on.
 */
public final class AuditChain {
    /** The "previous hash" of a chain's first event. */
    public static final String GENESIS = "0".repeat(64);
    private static final String FORMAT = "coachkeep-audit-v1";

    private AuditChain() {
    }

    /** Places an entry after the head: the next sequence, linked to the head's hash. */
    public static AuditEvent append(ChainHead head, AuditEntry entry, UUID id, Instant now) {
        if (!head.workspaceId().equals(entry.workspaceId())) {
            throw new IllegalArgumentException("entry belongs to another workspace's chain");
        }
        long sequence = head.sequence() + 1;
        Instant at = now.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        return new AuditEvent(id, sequence, at, entry, head.hash(), hash(id, sequence, at, entry, head.hash()));
    }

    /** The hash an event with this content must carry. */
    public static String hash(UUID id, long sequence, Instant occurredAt, AuditEntry e, String previousHash) {
        StringBuilder out = new StringBuilder(256);
        field(out, FORMAT);
        field(out, e.workspaceId().toString());
        field(out, Long.toString(sequence));
        field(out, id.toString());
        field(out, occurredAt.truncatedTo(java.time.temporal.ChronoUnit.MICROS).toString());
        field(out, e.actor().kind().name());
        field(out, e.actor().id());
        field(out, e.action());
        field(out, e.targetType());
        field(out, e.targetId());
        field(out, e.reason());
        field(out, e.requestId());
        field(out, Integer.toString(e.details().size()));
        for (Map.Entry<String, String> d : e.details().entrySet()) {
            field(out, d.getKey());
            field(out, d.getValue());
        }
        field(out, previousHash);
        return sha256(out.toString());
    }

    /** Recomputes an event's hash from its content. */
    public static String hashOf(AuditEvent event) {
        return hash(event.id(), event.sequence(), event.occurredAt(), event.entry(), event.previousHash());
    }

    private static void field(StringBuilder out, String value) {
        if (value == null) {
            out.append("-;");
        } else {
            out.append(value.length()).append(':').append(value).append(';');
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
