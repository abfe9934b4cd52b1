package com.coachkeep.messaging.application.port.out;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.WorkspaceId;

/**
 * Tells live listeners on every server node that a conversation has a new event, when the current transaction commits
 * (the event itself is the stored message: listeners read it from the database).
 */
public interface ConversationEventsPort {
    void published(WorkspaceId workspaceId, ClientId clientId, long eventSeq);
}
