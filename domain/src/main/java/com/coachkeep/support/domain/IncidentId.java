package com.coachkeep.support.domain;

import java.util.Objects;
import java.util.UUID;

/** Identifies a security incident. */
public record IncidentId(UUID value) {
    public IncidentId {
        Objects.requireNonNull(value, "value");
    }

    public static IncidentId random() {
        return new IncidentId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
