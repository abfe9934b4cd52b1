package com.coachkeep.messaging.application.port.in;

import com.coachkeep.messaging.domain.Message;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A message to be sent later, by anyone who may send now: held until {@code sendAt}, then sent into the conversation
 * under the same id; listed and cancelled by its author until then. A resend of the same id and content changes nothing.
 */
public interface ScheduleMessageUseCase {
    ScheduledView schedule(Actor actor, ClientId clientId, UUID messageId, String text, Message.Reference about, Instant sendAt);

    List<ScheduledView> scheduled(Actor actor, ClientId clientId);

    void cancel(Actor actor, ClientId clientId, UUID messageId);
}
