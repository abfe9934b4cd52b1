package com.coachkeep.checkin.application.port.in;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;
import java.util.UUID;

/** A coach answers a check-in with feedback the client sees; the check-in locks. */
public interface ReviewCheckinUseCase {
    CheckinView review(Actor actor, ClientId clientId, UUID checkinId, String feedback);
}
