package com.coachkeep.messaging.application.port.out;

import com.coachkeep.messaging.domain.ScheduledMessage;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Messages waiting to be sent (text encrypted under the client's key). */
public interface ScheduledMessageRepository {
    Optional<ScheduledMessage> find(WorkspaceId workspaceId, UUID id);

    void insert(ScheduledMessage message);

    /** Deletes it; false when it was not there. */
    boolean delete(WorkspaceId workspaceId, UUID id);

    /** The author's messages waiting in the client's conversation, soonest first. */
    List<ScheduledMessage> byAuthor(WorkspaceId workspaceId, ClientId clientId, PersonId author);

    /** Messages due at {@code now} in every workspace, soonest first (the scheduler's scan, reading only). */
    List<UUID[]> due(Instant now, int limit);

    /**
     * Locks a due message for sending ({@code FOR UPDATE SKIP LOCKED}: another node sending it finds none), with whether
     * its author is still an active member of the workspace.
     */
    Optional<Claimed> claim(WorkspaceId workspaceId, UUID id, Instant now);

    record Claimed(ScheduledMessage message, boolean authorActive) {
    }
}
