package com.coachkeep.checkin.application.port.in;

import com.coachkeep.checkin.domain.PhotoId;
import com.coachkeep.checkin.domain.ProgressPhoto;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;

/** The client hides a photo of theirs from staff, or shows it again; staff never see a hidden photo. */
public interface HideProgressPhotoUseCase {
    ProgressPhoto setHidden(Actor actor, ClientId clientId, PhotoId photoId, boolean hiddenFromStaff);
}
