package com.coachkeep.infrastructure.rest.support;

import com.coachkeep.support.application.port.in.SupportGrantView;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of a workspace's support grants, as its owner reads them. */
public final class SupportGrantDtos {
    private SupportGrantDtos() {
    }

    @Schema(name = "SupportGrantApproval", description = "The second member of Coachkeep's staff who approved a grant to sensitive content")
    public record ApprovalResponse(@Schema(description = "Their staff identity") String staffId, Instant approvedAt) {
    }

    @Schema(name = "SupportGrantRevocation", description = "Who ended the grant early, and when")
    public record RevocationResponse(String staffId, Instant revokedAt) {
    }

    @Schema(name = "SupportGrant", description = "A time-limited, read-only access of Coachkeep support to this workspace's content. "
            + "Every view made under it is in the audit trail as support.content_viewed, with the grant's id.")
    public record SupportGrantResponse(String id,
            @Schema(description = "The support staff member's identity") String staffId,
            @Schema(enumeration = {"support_agent", "security_officer", "admin"}) String internalRole,
            @Schema(description = "What it shows: a content scope, named by the feature that owns the content (roster, coach-notes, …)") String scope,
            @Schema(description = "Whether the scope is sensitive and needed a second person's approval") boolean sensitive,
            String reason, @Schema(description = "The support ticket it was asked for") String ticket,
            @Schema(description = "How long it lasts once started, 1 to 60 minutes") int minutes,
            @Schema(enumeration = {"pending", "lapsed", "active", "expired", "revoked"}) String status,
            Instant requestedAt,
            @Schema(description = "When it started; null while pending") Instant startsAt,
            @Schema(description = "When it ends or ended; null while pending") Instant endsAt,
            @Schema(description = "The approval, for a sensitive scope; null otherwise or while pending") ApprovalResponse approval,
            @Schema(description = "Null unless it was revoked") RevocationResponse revocation,
            @Schema(description = "How many views of content were made under it") long views) {
        public static SupportGrantResponse of(SupportGrantView v) {
            return new SupportGrantResponse(v.id(), v.staffId(), v.internalRole(), v.scope(), v.sensitive(), v.reason(), v.ticket(),
                    v.minutes(), v.status(), v.requestedAt(), v.startsAt(), v.endsAt(),
                    v.approvedBy() == null ? null : new ApprovalResponse(v.approvedBy(), v.approvedAt()),
                    v.revokedBy() == null ? null : new RevocationResponse(v.revokedBy(), v.revokedAt()), v.views());
        }
    }

    @Schema(name = "SupportGrantPage")
    public record SupportGrantPage(List<SupportGrantResponse> items, String nextCursor) {
    }
}
