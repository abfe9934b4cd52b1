package com.coachkeep.checkin.application.port.in;

import com.coachkeep.checkin.domain.PhotoId;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;
import java.time.Instant;

/**
 * A signed link to a photo, issued to the actor for one photo and variant, for at most five minutes; opened with
 * {@link OpenProgressPhotoLinkUseCase} by the same signed-in person only.
 */
public interface LinkProgressPhotoUseCase {
    /** @param variant full (the default, when null) or thumbnail */
    ProgressPhotoLink link(Actor actor, ClientId clientId, PhotoId photoId, String variant);

    /** A link's secret part and when it stops working. */
    record ProgressPhotoLink(String token, Instant expiresAt) {
        @Override
        public String toString() {
            return "ProgressPhotoLink[redacted, " + expiresAt + "]";
        }
    }
}
