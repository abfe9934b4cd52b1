package com.coachkeep.checkin.application.port.in;

import com.coachkeep.checkin.domain.PhotoId;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;

/** Opens a photo's stored copy for the actor (the authorized endpoint, and a signed link once verified). */
public interface OpenProgressPhotoUseCase {
    /** @param variant full (the default, when null) or thumbnail */
    ProgressPhotoContent open(Actor actor, ClientId clientId, PhotoId photoId, String variant);
}
