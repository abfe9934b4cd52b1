package com.coachkeep.workspace.application.port.in;

import com.coachkeep.workspace.domain.Invitation;
import com.coachkeep.workspace.domain.InvitationId;
import java.time.Instant;
import java.util.UUID;

/** An invitation as staff see it; never includes the secret. */
public record InvitationView(InvitationId id, String email, String role, String status, UUID clientId,
        Instant createdAt, Instant expiresAt) {
    public static InvitationView of(Invitation i) {
        return new InvitationView(i.id(), i.email().value(), i.role().wireName(),
                i.status().name().toLowerCase(java.util.Locale.ROOT), i.clientRef(), i.createdAt(), i.expiresAt());
    }
}
