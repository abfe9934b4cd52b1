package com.coachkeep.support.application.port.in;

import com.coachkeep.support.domain.SupportGrant;
import java.time.Instant;

/**
 * A support grant as the console and the workspace's owner see it: who (the staff identity and internal role), why,
 * under which ticket, what, when it ran or runs, who approved it, whether it was revoked, and how many views were made
 * under it. {@code status} is as of the moment the view was made: {@code pending}, {@code lapsed}, {@code active},
 * {@code expired} or {@code revoked}.
 */
public record SupportGrantView(String id, String workspaceId, String staffId, String internalRole, String scope, boolean sensitive,
        String reason, String ticket, int minutes, String status, Instant requestedAt, String approvedBy, Instant approvedAt,
        Instant startsAt, Instant endsAt, String revokedBy, Instant revokedAt, long views) {
    public static SupportGrantView of(SupportGrant g, Instant now) {
        return new SupportGrantView(g.id().toString(), g.workspaceId().value().toString(), g.requestedBy(),
                g.requesterRole().name().toLowerCase(java.util.Locale.ROOT), g.scope().wireName(), g.scope().sensitive(), g.reason(),
                g.ticket(), g.minutes(), g.status(now).wireName(), g.requestedAt(), g.approvedBy(), g.approvedAt(), g.startsAt(),
                g.endsAt(), g.revokedBy(), g.revokedAt(), g.views());
    }
}
