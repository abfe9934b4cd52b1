package com.coachkeep.messaging.application.port.in;

import com.coachkeep.messaging.domain.Message;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;
import java.util.List;
import java.util.UUID;

/**
 * A message into a client's conversation, by the client or by staff who may message them: text, attachments the sender
 * uploaded to the conversation before (at most five), or both. The id is chosen by the sender's app: a resend with the
 * same content returns the stored message and creates nothing; the same id with other content is a conflict.
 */
public interface SendMessageUseCase {
    SentView send(Actor actor, ClientId clientId, UUID messageId, String text, Message.Reference about, List<UUID> attachments);

    /** A message of text alone. */
    default SentView send(Actor actor, ClientId clientId, UUID messageId, String text, Message.Reference about) {
        return send(actor, clientId, messageId, text, about, List.of());
    }
}
