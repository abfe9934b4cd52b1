package com.coachkeep.messaging.application.port.out;

import com.coachkeep.messaging.domain.OfficeHours;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Instant;
import java.util.Optional;

/** The workspace's office hours, and when a conversation last got an automatic reply. */
public interface OfficeHoursRepository {
    Optional<OfficeHours> find(WorkspaceId workspaceId);

    void save(WorkspaceId workspaceId, OfficeHours hours, Instant now);

    /** When the conversation's latest automatic reply was sent, if any. */
    Optional<Instant> lastAutomaticReply(WorkspaceId workspaceId, ClientId clientId);
}
