package com.coachkeep.training.domain;

import com.coachkeep.shared.domain.Ids;
import java.util.Objects;
import java.util.UUID;

public record WorkoutLogId(UUID value) {
    public WorkoutLogId {
        Objects.requireNonNull(value, "value");
    }

    public static WorkoutLogId newId() {
        return new WorkoutLogId(UUID.randomUUID());
    }

    public static WorkoutLogId parse(String text) {
        return new WorkoutLogId(Ids.parse(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
