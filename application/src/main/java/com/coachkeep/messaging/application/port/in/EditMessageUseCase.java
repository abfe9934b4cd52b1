package com.coachkeep.messaging.application.port.in;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;
import java.util.UUID;

/** Its author changes a message's text, or deletes it (a tombstone stays), within the edit window. */
public interface EditMessageUseCase {
    MessageView edit(Actor actor, ClientId clientId, UUID messageId, String text);

    MessageView delete(Actor actor, ClientId clientId, UUID messageId);
}
