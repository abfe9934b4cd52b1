package com.coachkeep.messaging.application.port.in;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.PersonId;
import java.time.Instant;
import java.util.List;

/**
 * A conversation as the actor sees it: its latest event number (where a live listener starts), the actor's unread
 * count, and every participant's read receipt.
 */
public record ConversationView(ClientId clientId, long lastEventSeq, long messages, long unread, Instant lastMessageAt,
        List<Receipt> receipts) {
    /** How far a participant has read: up to and including the message of sequence {@code readSeq}. */
    public record Receipt(PersonId personId, boolean staff, long readSeq, java.util.UUID readUpTo, Instant readAt) {
    }
}
