package com.coachkeep.notification.domain;

import java.time.Duration;

/** How one attempt to deliver an email went; retrying or giving up is decided from it. */
public sealed interface DeliveryOutcome {
    /** The transport accepted the email; {@code reference} is the provider's id for it, if it gave one. */
    record Accepted(String reference) implements DeliveryOutcome {
    }

    /**
     * It may work later (connection refused, timeout, SMTP 4xx, HTTP 429 or 5xx).
     *
     * @param retryAfter how long the provider asked to wait, or {@code null}
     */
    record TemporaryFailure(String reason, Duration retryAfter) implements DeliveryOutcome {
    }

    /** It will never work as it is (address refused, request rejected, template missing): no retry. */
    record PermanentFailure(String reason) implements DeliveryOutcome {
    }
}
