package com.coachkeep.infrastructure.rest.notification;

import com.coachkeep.notification.application.port.in.NotificationPreferencesView;
import com.coachkeep.shared.domain.NotificationCategory;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON of the preferences API: one boolean field per optional email category. */
public final class NotificationPreferencesDtos {
    private NotificationPreferencesDtos() {
    }

    @Schema(name = "NotificationPreferences", description = "Which optional emails you receive, across all your workspaces. "
            + "Essential emails (invitations, security and support-access notices, exports, deletions, billing) are always sent.")
    public record NotificationPreferencesResponse(
            @Schema(description = "Announcements that Coachkeep adds or replaces a sub-processor", required = true) boolean subProcessorChanges,
            @Schema(description = "A digest of messages left unread for a while", required = true) boolean unreadMessages,
            @Schema(description = "Reminders that a check-in is due and notices that one is overdue (one email for all of them)", required = true)
            boolean checkinReminders,
            @Schema(description = "When you last changed them") Instant updatedAt) {
        static NotificationPreferencesResponse of(NotificationPreferencesView v) {
            return new NotificationPreferencesResponse(v.isEnabled(NotificationCategory.SUB_PROCESSOR_CHANGES),
                    v.isEnabled(NotificationCategory.UNREAD_MESSAGES), v.isEnabled(NotificationCategory.CHECKIN_REMINDERS),
                    v.version() == 0 ? null : v.updatedAt());
        }
    }

    @Schema(name = "NotificationPreferencesUpdate", description = "The categories to turn on (true) or off (false). "
            + "Categories left out keep their current setting.")
    public record NotificationPreferencesRequest(
            @Schema(description = "Announcements that Coachkeep adds or replaces a sub-processor") Boolean subProcessorChanges,
            @Schema(description = "A digest of messages left unread for a while") Boolean unreadMessages,
            @Schema(description = "Reminders that a check-in is due and notices that one is overdue") Boolean checkinReminders) {
    }
}
