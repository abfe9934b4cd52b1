package com.coachkeep.checkin.domain;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What a signed photo link says: this photo (of this client, in this workspace), this variant, for this viewer, until
 * then. The link carries these claims and their HMAC; opening it checks the MAC, the time and the viewer, and then the
 * viewer's access as it is at that moment.
 */
public record PhotoLinkClaims(WorkspaceId workspaceId, ClientId clientId, PhotoId photoId, PhotoVariant variant, PersonId viewer,
        Instant expiresAt) {
    /** The longest a link lives. */
    public static final Duration MAX_LIFETIME = Duration.ofMinutes(5);

    public PhotoLinkClaims {
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(photoId, "photoId");
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(viewer, "viewer");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** Whether it may still be opened at {@code now} (the expiry itself is past). */
    public boolean validAt(Instant now) {
        return now.isBefore(expiresAt) && !expiresAt.isAfter(now.plus(MAX_LIFETIME));
    }
}
