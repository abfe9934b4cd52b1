package com.coachkeep.shared.domain;

import com.coachkeep.shared.domain.Ids;
import java.util.Objects;
import java.util.UUID;

public record MembershipId(UUID value) {
    public MembershipId {
        Objects.requireNonNull(value, "value");
    }

    public static MembershipId newId() {
        return new MembershipId(UUID.randomUUID());
    }

    public static MembershipId parse(String text) {
        return new MembershipId(Ids.parse(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
