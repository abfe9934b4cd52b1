package com.coachkeep.notification.application.port.out;

import com.coachkeep.notification.domain.DeliveryOutcome;
import com.coachkeep.shared.domain.NotificationCategory;
import com.coachkeep.shared.application.MailPort;
import java.util.Objects;

/**
 * Renders one email and hands it to the configured transport (SMTP, a provider's HTTP API, or a folder), once.
 * It reports the outcome instead of throwing: retrying is the caller's decision.
 */
public interface EmailDeliveryPort {
    /**
     * @param unsubscribe the recipient's one-click unsubscribe for an optional email; {@code null} for an
     *                    essential one
     */
    DeliveryOutcome deliver(MailPort.Email email, Unsubscribe unsubscribe);

    /** What an optional email's List-Unsubscribe link turns off, for whom. */
    record Unsubscribe(String token, NotificationCategory category) {
        public Unsubscribe {
            Objects.requireNonNull(token);
            Objects.requireNonNull(category);
        }
    }
}
