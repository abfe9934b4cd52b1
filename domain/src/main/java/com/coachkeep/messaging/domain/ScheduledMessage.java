package com.coachkeep.messaging.domain;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A message its author scheduled to be sent later: sent into the conversation under the same id at {@code sendAt} (or
 * soon after), cancelled by its author until then.
 */
public record ScheduledMessage(UUID id, WorkspaceId workspaceId, ClientId clientId, PersonId authorId, boolean fromStaff, String text,
        Message.Reference about, Instant sendAt, Instant createdAt) {
    /** How far ahead a message may be scheduled. */
    public static final Duration HORIZON = Duration.ofDays(90);

    public ScheduledMessage {
        Objects.requireNonNull(id);
        Objects.requireNonNull(sendAt);
    }

    /** The message it becomes when sent, with the conversation's event number. */
    public Message sentAs(long eventSeq, Instant now) {
        return new Message(id, workspaceId, clientId, eventSeq, eventSeq, authorId, fromStaff, text, about, now, null, null);
    }

    public boolean sameAs(PersonId author, String otherText, Message.Reference otherAbout, Instant otherSendAt) {
        return Objects.equals(authorId, author) && Objects.equals(text, otherText) && Objects.equals(about, otherAbout)
                && sendAt.equals(otherSendAt);
    }
}
