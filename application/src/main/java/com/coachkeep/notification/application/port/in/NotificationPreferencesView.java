package com.coachkeep.notification.application.port.in;

import com.coachkeep.shared.domain.NotificationCategory;
import com.coachkeep.notification.domain.NotificationPreferences;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/** A person's email preferences: every optional category with whether it is on, and the version (ETag). */
public record NotificationPreferencesView(Map<NotificationCategory, Boolean> enabled, long version, Instant updatedAt) {
    public static NotificationPreferencesView of(NotificationPreferences p) {
        Map<NotificationCategory, Boolean> enabled = new EnumMap<>(NotificationCategory.class);
        for (NotificationCategory c : NotificationCategory.values()) {
            enabled.put(c, p.allows(c));
        }
        return new NotificationPreferencesView(Map.copyOf(enabled), p.version(), p.updatedAt());
    }

    public boolean isEnabled(NotificationCategory category) {
        return enabled.getOrDefault(category, true);
    }
}
