package com.coachkeep.shared.domain;

import java.util.Optional;

/**
 * The kinds of non-essential email a person can turn off. Essential emails (invitations, security, billing,
 * deletion, exports they asked for) belong to no category and are always sent. A new kind of optional email
 * (check-in reminders, unread-message digests) adds a constant here and a field to the preferences API.
 */
public enum NotificationCategory {
    /** Announcements that Coachkeep adds or replaces a sub-processor (for workspace owners). */
    SUB_PROCESSOR_CHANGES("sub-processor-changes", "subProcessorChanges"),
    /** A digest of messages left unread for a while (one email for all of them, never one per message). */
    UNREAD_MESSAGES("unread-messages", "unreadMessages"),
    /** Reminders that a check-in is due and notices that one is overdue (one email per run for all of a client's forms). */
    CHECKIN_REMINDERS("checkin-reminders", "checkinReminders");

    private final String id;
    private final String fieldName;

    NotificationCategory(String id, String fieldName) {
        this.id = id;
        this.fieldName = fieldName;
    }

    /** The stable identifier stored in the database and used in unsubscribe links. */
    public String id() {
        return id;
    }

    /** The camelCase name of the category's field in the preferences API. */
    public String fieldName() {
        return fieldName;
    }

    public static Optional<NotificationCategory> fromId(String id) {
        for (NotificationCategory c : values()) {
            if (c.id.equals(id)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    public static Optional<NotificationCategory> fromFieldName(String name) {
        for (NotificationCategory c : values()) {
            if (c.fieldName.equals(name)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
