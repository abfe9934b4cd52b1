package com.coachkeep.infrastructure.rest.audit;

import com.coachkeep.audit.application.port.in.AuditEventView;
import com.coachkeep.audit.domain.ChainReport;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of the audit trail. */
public final class AuditDtos {
    private AuditDtos() {
    }

    @Schema(name = "AuditActor", description = "Who acted: a person of the workspace, Coachkeep support, the system, or an unidentified caller")
    public record AuditActorResponse(@Schema(enumeration = {"person", "support", "system", "anonymous"}) String kind,
            @Schema(description = "The person id (for a person), the support agent's identity, or the job's name") String id) {
    }

    @Schema(name = "AuditTarget")
    public record AuditTargetResponse(@Schema(example = "membership") String type, String id) {
    }

    @Schema(name = "AuditEvent", description = "A security-relevant event. Each event's hash covers its content and the previous "
            + "event's hash, so the chain can be checked by anyone who has the events.")
    public record AuditEventResponse(String id, @Schema(description = "Position in the workspace's chain, from 1") long sequence,
            Instant occurredAt, AuditActorResponse actor, @Schema(example = "staff.role_changed") String kind,
            AuditTargetResponse target, @Schema(description = "Why, where a reason is required (support access)") String reason,
            @Schema(description = "The X-Request-Id of the request that caused it") String requestId,
            Map<String, String> details, String previousHash, String hash) {
        public static AuditEventResponse of(AuditEventView v) {
            return new AuditEventResponse(v.id(), v.sequence(), v.occurredAt(), new AuditActorResponse(v.actorKind(), v.actorId()),
                    v.kind(), v.targetType() == null ? null : new AuditTargetResponse(v.targetType(), v.targetId()), v.reason(),
                    v.requestId(), v.details(), v.previousHash(), v.hash());
        }
    }

    @Schema(name = "AuditEventPage")
    public record AuditEventPage(List<AuditEventResponse> items, String nextCursor) {
    }

    @Schema(name = "AuditChainVerification", description = "The result of checking every link of the workspace's chain and its "
            + "latest signed checkpoint")
    public record VerificationResponse(boolean intact, long eventsChecked, long lastSequence,
            @Schema(description = "The first event that does not hold, when the chain is broken") Long firstBrokenSequence,
            @Schema(description = "What is wrong there") String problem,
            @Schema(description = "The sequence of the latest signed checkpoint compared, if one exists yet") Long checkpointSequence) {
        public static VerificationResponse of(ChainReport r) {
            return new VerificationResponse(r.intact(), r.eventsChecked(), r.lastSequence(), r.firstBrokenSequence(), r.problem(),
                    r.checkpointSequence());
        }
    }
}
