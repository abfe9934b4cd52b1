package com.coachkeep.checkin.application.port.in;

import com.coachkeep.checkin.domain.PhotoId;
import com.coachkeep.checkin.domain.PhotoVariant;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;

/** Opens a photo's stored copy for the actor (the authorized endpoint, and a signed link once verified). */
public interface OpenProgressPhotoUseCase {
    ProgressPhotoContent open(Actor actor, ClientId clientId, PhotoId photoId, PhotoVariant variant);
}
