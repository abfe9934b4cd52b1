package com.coachkeep.support.domain;

import java.util.Objects;
import java.util.UUID;

/** Identifies one entry of the sub-processor list. */
public record SubProcessorId(UUID value) {
    public SubProcessorId {
        Objects.requireNonNull(value, "value");
    }

    public static SubProcessorId random() {
        return new SubProcessorId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
