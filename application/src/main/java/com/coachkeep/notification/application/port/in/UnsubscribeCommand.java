package com.coachkeep.notification.application.port.in;

import com.coachkeep.shared.domain.NotificationCategory;
import com.coachkeep.shared.domain.InvalidInputException;
import java.util.Objects;

/**
 * A one-click unsubscribe (RFC 8058) from the link in an optional email: the recipient's token and the
 * category of that email.
 */
public record UnsubscribeCommand(String token, NotificationCategory category) {
    public UnsubscribeCommand {
        Objects.requireNonNull(token);
        Objects.requireNonNull(category);
    }

    /** Parses the link's parts; an unknown category is invalid input, a malformed token is simply not found. */
    public static UnsubscribeCommand of(String token, String category) {
        NotificationCategory c = NotificationCategory.fromId(category == null ? "" : category)
                .orElseThrow(() -> InvalidInputException.of("category", "is not a notification category"));
        return new UnsubscribeCommand(token == null ? "" : token, c);
    }
}
