package com.coachkeep.infrastructure.email;

import com.coachkeep.notification.domain.DeliveryOutcome;

/**
 * Hands one message to the outside world, once, and says how it went. Implementations are safe to call from
 * several worker threads at once.
 */
public interface MailTransport extends AutoCloseable {
    DeliveryOutcome send(OutgoingMessage message);

    /** Releases connections; the default has none. */
    @Override
    default void close() {
    }
}
