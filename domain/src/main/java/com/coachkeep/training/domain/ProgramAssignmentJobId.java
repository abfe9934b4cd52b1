package com.coachkeep.training.domain;

import com.coachkeep.shared.domain.Ids;
import java.util.Objects;
import java.util.UUID;

public record ProgramAssignmentJobId(UUID value) {
    public ProgramAssignmentJobId {
        Objects.requireNonNull(value, "value");
    }

    public static ProgramAssignmentJobId newId() {
        return new ProgramAssignmentJobId(UUID.randomUUID());
    }

    public static ProgramAssignmentJobId parse(String text) {
        return new ProgramAssignmentJobId(Ids.parse(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
