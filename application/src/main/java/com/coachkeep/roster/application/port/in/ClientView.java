package com.coachkeep.roster.application.port.in;

import com.coachkeep.roster.domain.Client;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.MembershipId;
import java.time.Instant;
import java.util.List;

/**
 * A client record. {@code tags} are the coach's own labels and are {@code null} when the client reads their
 * own record.
 */
public record ClientView(ClientId id, String displayName, String email, String status, MembershipId assignedCoachId,
        List<String> tags, boolean joined, Instant createdAt, Instant updatedAt, long version) {
    public static ClientView forStaff(Client c) {
        return new ClientView(c.id(), c.displayName(), c.email().value(), c.status().wireName(), c.assignedCoach(),
                List.copyOf(c.tags().values()), c.personId() != null, c.createdAt(), c.updatedAt(), c.version());
    }

    public static ClientView forThemself(Client c) {
        return new ClientView(c.id(), c.displayName(), c.email().value(), c.status().wireName(), c.assignedCoach(),
                null, c.personId() != null, c.createdAt(), c.updatedAt(), c.version());
    }
}
