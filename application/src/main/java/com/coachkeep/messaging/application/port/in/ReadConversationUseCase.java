package com.coachkeep.messaging.application.port.in;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;
import java.util.List;
import java.util.UUID;

/**
 * Reading a conversation: the summary with receipts and the actor's unread count, pages of messages by keyset (newest
 * first: {@code before} a sequence, {@code after} one, or {@code around} a message), marking it read up to a message,
 * the events after an event number (for live listeners and their resumption), and the inbox of every conversation the
 * actor may read with its unread count and the total.
 */
public interface ReadConversationUseCase {
    ConversationView conversation(Actor actor, ClientId clientId);

    MessagePage page(Actor actor, ClientId clientId, Long before, Long after, UUID around, int limit);

    ConversationView markRead(Actor actor, ClientId clientId, UUID upTo);

    List<MessageView> eventsAfter(Actor actor, ClientId clientId, long afterEventSeq, int limit);

    InboxView inbox(Actor actor, int limit);
}
