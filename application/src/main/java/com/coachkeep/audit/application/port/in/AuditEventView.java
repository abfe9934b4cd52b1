package com.coachkeep.audit.application.port.in;

import com.coachkeep.audit.domain.AuditEvent;
import java.time.Instant;
import java.util.Map;

/** One event as the workspace owner reads it, with its place in the chain so it can be checked independently. */
public record AuditEventView(String id, long sequence, Instant occurredAt, String actorKind, String actorId, String kind,
        String targetType, String targetId, String reason, String requestId, Map<String, String> details,
        String previousHash, String hash) {
    public static AuditEventView of(AuditEvent e) {
        var x = e.entry();
        return new AuditEventView(e.id().toString(), e.sequence(), e.occurredAt(), x.actor().kind().name().toLowerCase(),
                x.actor().id(), x.action(), x.targetType(), x.targetId(), x.reason(), x.requestId(), x.details(),
                e.previousHash(), e.hash());
    }
}
