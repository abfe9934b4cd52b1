package com.coachkeep.workspace.domain;

import com.coachkeep.shared.domain.Ids;
import java.util.Objects;
import java.util.UUID;

public record CustomRoleId(UUID value) {
    public CustomRoleId {
        Objects.requireNonNull(value, "value");
    }

    public static CustomRoleId newId() {
        return new CustomRoleId(UUID.randomUUID());
    }

    public static CustomRoleId parse(String text) {
        return new CustomRoleId(Ids.parse(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
