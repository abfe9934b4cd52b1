package com.coachkeep.notification.application.port.in;

import com.coachkeep.shared.domain.NotificationCategory;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.Violation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Turns optional email categories on or off. Categories left out keep their setting, so a client built before
 * a category existed does not reset it.
 *
 * @param enabled         the categories to set
 * @param expectedVersion the version the caller last read (If-Match), or {@code null}
 */
public record UpdateNotificationPreferencesCommand(Map<NotificationCategory, Boolean> enabled, Long expectedVersion) {
    public UpdateNotificationPreferencesCommand {
        enabled = Map.copyOf(enabled);
    }

    /**
     * Builds the command from the API's field names ({@code subProcessorChanges}); raises InvalidInputException
     * naming each unknown field or missing value.
     */
    public static UpdateNotificationPreferencesCommand of(Map<String, Boolean> fields, Long expectedVersion) {
        List<Violation> violations = new ArrayList<>();
        Map<NotificationCategory, Boolean> enabled = new EnumMap<>(NotificationCategory.class);
        fields.forEach((name, on) -> {
            var category = NotificationCategory.fromFieldName(name);
            if (category.isEmpty()) {
                violations.add(new Violation(name, "is not a notification category"));
            } else if (on == null) {
                violations.add(new Violation(name, "must be true or false"));
            } else {
                enabled.put(category.get(), on);
            }
        });
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new UpdateNotificationPreferencesCommand(enabled, expectedVersion);
    }
}
