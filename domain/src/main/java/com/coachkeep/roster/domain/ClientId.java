package com.coachkeep.roster.domain;

import com.coachkeep.shared.domain.Ids;
import java.util.Objects;
import java.util.UUID;

public record ClientId(UUID value) {
    public ClientId {
        Objects.requireNonNull(value, "value");
    }

    public static ClientId newId() {
        return new ClientId(UUID.randomUUID());
    }

    public static ClientId parse(String text) {
        return new ClientId(Ids.parse(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
