package com.coachkeep.checkin.application.port.in;

import com.coachkeep.checkin.domain.PhotoId;
import com.coachkeep.checkin.domain.ProgressPhoto;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;
import java.util.List;

/** A client's progress photos, newest day first; staff do not see the ones the client hid from them. */
public interface ListProgressPhotosUseCase {
    /** @param pose only this pose (front, side, back, custom), or every pose when null */
    List<ProgressPhoto> list(Actor actor, ClientId clientId, String pose);

    /** One photo; not found when it is not there or hidden from the (staff) actor. */
    ProgressPhoto get(Actor actor, ClientId clientId, PhotoId photoId);
}
