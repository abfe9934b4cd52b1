package com.coachkeep.infrastructure.email;

import com.coachkeep.notification.domain.DeliveryOutcome;

/**
 * Hands one message to the outside world, once, and says how it went. Implementations are safe to call from
 * several worker threads at once.
 */
public interface MailTransport extends AutoCloseable {
    DeliveryOutcome send(OutgoingMessage message);

    /**
     * Sends a batch, in order, one outcome per message; a failed message does not stop the others. SMTP sends the
     * whole batch over one connection; the default sends one by one.
     */
    default java.util.List<DeliveryOutcome> sendAll(java.util.List<OutgoingMessage> messages) {
        java.util.List<DeliveryOutcome> outcomes = new java.util.ArrayList<>(messages.size());
        for (OutgoingMessage m : messages) {
            outcomes.add(send(m));
        }
        return outcomes;
    }

    /** Releases connections; the default has none. */
    @Override
    default void close() {
    }
}
