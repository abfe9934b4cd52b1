package com.coachkeep.notification.application.port.out;

import com.coachkeep.notification.domain.DeliveryOutcome;
import com.coachkeep.shared.domain.NotificationCategory;
import com.coachkeep.shared.application.MailPort;
import com.coachkeep.notification.domain.DeliveryOutcome.TemporaryFailure;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * Delivers a batch, in order, and answers one outcome per email (same order). A transport may use one connection
     * for the whole batch; an email that fails does not stop the others. Never throws for one email's sake: an
     * unexpected error of one delivery is that email's temporary failure.
     */
    default List<DeliveryOutcome> deliverAll(List<Delivery> batch) {
        List<DeliveryOutcome> outcomes = new ArrayList<>(batch.size());
        for (Delivery d : batch) {
            DeliveryOutcome outcome;
            try {
                outcome = deliver(d.email(), d.unsubscribe());
            } catch (RuntimeException e) {
                outcome = new TemporaryFailure("unexpected: " + e, null);
            }
            outcomes.add(outcome);
        }
        return outcomes;
    }

    /**
     * One email of a batch.
     *
     * @param unsubscribe the recipient's one-click unsubscribe for an optional email; {@code null} for an essential one
     */
    record Delivery(MailPort.Email email, Unsubscribe unsubscribe) {
        public Delivery {
            Objects.requireNonNull(email);
        }
    }

    /** What an optional email's List-Unsubscribe link turns off, for whom. */
    record Unsubscribe(String token, NotificationCategory category) {
        public Unsubscribe {
            Objects.requireNonNull(token);
            Objects.requireNonNull(category);
        }
    }
}
