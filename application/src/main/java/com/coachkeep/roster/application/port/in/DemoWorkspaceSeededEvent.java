package com.coachkeep.roster.application.port.in;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.MembershipId;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Instant;
import java.util.List;

/**
 * Fired (a CDI event, inside the seeding transaction) once the demo workspace, its staff and its clients exist.
 * Each feature adds its own demo content by observing it from its own packages, so the seeder names no feature.
 *
 * @param clients in the order of the demo's client list
 */
public record DemoWorkspaceSeededEvent(WorkspaceId workspaceId, PersonId ownerPersonId, MembershipId ownerMembershipId,
        List<DemoSeededClient> clients, Instant at) {

    /**
     * @param coachMembershipId the assigned coach's membership, or null
     * @param coachPersonId the assigned coach (the owner when none is assigned)
     */
    public record DemoSeededClient(ClientId clientId, PersonId personId, String name, String status, List<String> tags,
            MembershipId coachMembershipId, PersonId coachPersonId) {
    }
}
