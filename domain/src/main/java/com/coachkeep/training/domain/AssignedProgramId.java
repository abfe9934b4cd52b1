package com.coachkeep.training.domain;

import com.coachkeep.shared.domain.Ids;
import java.util.Objects;
import java.util.UUID;

public record AssignedProgramId(UUID value) {
    public AssignedProgramId {
        Objects.requireNonNull(value, "value");
    }

    public static AssignedProgramId newId() {
        return new AssignedProgramId(UUID.randomUUID());
    }

    public static AssignedProgramId parse(String text) {
        return new AssignedProgramId(Ids.parse(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
