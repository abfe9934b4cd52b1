package com.coachkeep.messaging.application.port.in;

import com.coachkeep.roster.domain.ClientId;
import java.time.Instant;
import java.util.List;

/** The conversations the actor may read, most recent first, with their unread counts, and the total unread. */
public record InboxView(long totalUnread, List<Entry> conversations) {
    public record Entry(ClientId clientId, String clientName, long unread, long messages, Instant lastMessageAt, long lastEventSeq) {
    }
}
