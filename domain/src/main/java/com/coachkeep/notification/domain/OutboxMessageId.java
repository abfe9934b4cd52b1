package com.coachkeep.notification.domain;

import java.util.Objects;
import java.util.UUID;

/** Identifies one queued side effect (an email today) in the transactional outbox. */
public record OutboxMessageId(UUID value) {
    public OutboxMessageId {
        Objects.requireNonNull(value, "value");
    }

    public static OutboxMessageId newId() {
        return new OutboxMessageId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
