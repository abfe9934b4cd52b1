package com.coachkeep.checkin.application.port.in;

import com.coachkeep.checkin.domain.PhotoId;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;

/** The client deletes a photo of theirs at once: its row and both its files. */
public interface DeleteProgressPhotoUseCase {
    void delete(Actor actor, ClientId clientId, PhotoId photoId);
}
