package com.coachkeep.support.domain;

import java.util.Objects;
import java.util.UUID;

/** The id of an {@link AbuseFlag}. */
public record AbuseFlagId(UUID value) {
    public AbuseFlagId {
        Objects.requireNonNull(value, "value");
    }

    public static AbuseFlagId random() {
        return new AbuseFlagId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
