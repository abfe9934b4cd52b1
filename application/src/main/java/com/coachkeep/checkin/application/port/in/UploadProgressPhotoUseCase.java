package com.coachkeep.checkin.application.port.in;

import com.coachkeep.checkin.domain.ProgressPhoto;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;

/**
 * A client uploads a progress photo of themself: checked by its bytes, re-encoded without metadata, stored encrypted
 * under their key; a refused image stores nothing.
 */
public interface UploadProgressPhotoUseCase {
    ProgressPhoto upload(Actor actor, ClientId clientId, UploadProgressPhotoCommand command);
}
