package com.coachkeep.shared.domain;

import java.util.Objects;
import java.util.UUID;

/** Identifies a person known to Coachkeep (one per identity provider issuer and subject). */
public record PersonId(UUID value) {
    public PersonId {
        Objects.requireNonNull(value, "value");
    }

    public static PersonId newId() {
        return new PersonId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
