package com.coachkeep.workspace.application.port.in;

import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.domain.MembershipId;

/** Ends a staff member's access; it takes effect on their very next request. */
public interface RemoveStaffUseCase {
    void remove(Actor actor, MembershipId membershipId);
}
