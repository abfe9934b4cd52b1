package com.coachkeep.infrastructure.email;

import java.util.Map;

/**
 * A rendered email, ready for a transport: addresses, both bodies, the stable Message-ID and the extra headers
 * (List-Unsubscribe for optional emails, Auto-Submitted for all).
 *
 * @param idempotencyKey the outbox key; providers that support it get it as their idempotency key
 */
public record OutgoingMessage(String fromAddress, String fromName, String to, String toName, String subject, String text,
        String html, String messageId, Map<String, String> headers, String idempotencyKey, String template) {
    public OutgoingMessage {
        headers = Map.copyOf(headers);
    }
}
