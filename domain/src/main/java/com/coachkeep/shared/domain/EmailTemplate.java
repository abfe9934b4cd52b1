package com.coachkeep.shared.domain;

import java.util.Optional;

/**
 * Every email Coachkeep sends. Each has a stable id (stored in the outbox, naming its template files) and is
 * either essential, and then always sent, or belongs to a {@link NotificationCategory} its recipient may turn
 * off. Adding an email is a constant here, its template files, and the call that queues it.
 */
public enum EmailTemplate {
    /** An owner invited someone to join the staff of a workspace. */
    STAFF_INVITATION("staff-invitation", null),
    /** A coach put someone on the roster and invited them as a client. */
    CLIENT_INVITATION("client-invitation", null),
    /** The data export a person asked for is ready to download. */
    EXPORT_READY("export-ready", null),
    /** A deletion (of an account, a client's data or a workspace) was carried out. */
    DELETION_CONFIRMATION("deletion-confirmation", null),
    /** A client deleted their own account and data; sent to their coach (or the owner). */
    CLIENT_LEFT("client-left", null),
    /** Support staff were granted access to a workspace's content; sent to its owner when the grant starts. */
    SUPPORT_ACCESS_NOTICE("support-access-notice", null),
    /** A security incident that concerns the recipient's data. */
    SECURITY_INCIDENT_NOTICE("security-incident-notice", null),
    /** A vulnerability report was received; sent to the reporter who gave an address. */
    SECURITY_REPORT_RECEIVED("security-report-received", null),
    /** Coachkeep adds or replaces a sub-processor; owners may turn these announcements off. */
    SUB_PROCESSOR_CHANGE("sub-processor-change", NotificationCategory.SUB_PROCESSOR_CHANGES),
    /** Messages left unread for the workspace's set time: one digest for all of a person's conversations. */
    UNREAD_MESSAGES_DIGEST("unread-messages-digest", NotificationCategory.UNREAD_MESSAGES),
    /** A client's check-ins that became due or overdue: one email listing every form, never one per form. */
    CHECKIN_REMINDER("checkin-reminder", NotificationCategory.CHECKIN_REMINDERS);

    private final String id;
    private final NotificationCategory category;

    EmailTemplate(String id, NotificationCategory category) {
        this.id = id;
        this.category = category;
    }

    public String id() {
        return id;
    }

    /** The category a recipient may turn off; empty for essential emails. */
    public Optional<NotificationCategory> category() {
        return Optional.ofNullable(category);
    }

    /** Essential emails ignore notification preferences and carry no unsubscribe header. */
    public boolean essential() {
        return category == null;
    }

    public static Optional<EmailTemplate> fromId(String id) {
        for (EmailTemplate t : values()) {
            if (t.id.equals(id)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
