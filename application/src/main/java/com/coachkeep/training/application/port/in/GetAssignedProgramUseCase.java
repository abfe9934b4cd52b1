package com.coachkeep.training.application.port.in;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.training.domain.AssignedProgramId;
import java.util.List;

/** A client's programs, for staff who may read programs of that client, and for the client themself. */
public interface GetAssignedProgramUseCase {
    List<AssignedProgramView> list(Actor actor, ClientId clientId);

    AssignedProgramView get(Actor actor, ClientId clientId, AssignedProgramId id);
}
