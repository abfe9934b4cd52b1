package com.coachkeep.support.domain;

import java.util.Objects;
import java.util.UUID;

/** Identifies a support grant. */
public record SupportGrantId(UUID value) {
    public SupportGrantId {
        Objects.requireNonNull(value, "value");
    }

    public static SupportGrantId random() {
        return new SupportGrantId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
