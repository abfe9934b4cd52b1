package com.coachkeep.checkin.application.port.in;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;
import java.util.List;
import java.util.UUID;

/** A client's check-ins (newest first) and one of them, for staff who read check-ins and for the client. */
public interface GetCheckinUseCase {
    CheckinView get(Actor actor, ClientId clientId, UUID checkinId);

    List<CheckinView> list(Actor actor, ClientId clientId);
}
