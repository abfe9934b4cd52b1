package com.coachkeep.infrastructure.persistence.messaging;

import com.coachkeep.infrastructure.persistence.shared.TableErasure;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The messaging context's part of erasure: a conversation is the client's, so it goes with the client (its messages,
 * its read pointers, the conversation itself), and with the workspace (announcements too). Rows that point at others go first.
 */
@ApplicationScoped
public class MessagingErasure extends TableErasure {
    /** Children first: the order in which a workspace's rows are deleted. */
    public static final List<String> TABLES = List.of("message_digest", "message_read", "message", "conversation", "scheduled_message",
            "announcement_recipient", "announcement", "messaging_settings");
    /** The tables with a row per client (an announcement and the office hours are the workspace's: they go with it). */
    static final List<String> CLIENT_TABLES = TABLES.stream().filter(t -> !t.equals("announcement") && !t.equals("messaging_settings"))
            .toList();

    public MessagingErasure() {
        super("messaging", TABLES, CLIENT_TABLES);
    }
}
