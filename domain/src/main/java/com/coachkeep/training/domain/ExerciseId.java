package com.coachkeep.training.domain;

import com.coachkeep.shared.domain.Ids;
import java.util.Objects;
import java.util.UUID;

/** An exercise of the global catalogue or of one workspace's own library. */
public record ExerciseId(UUID value) {
    public ExerciseId {
        Objects.requireNonNull(value, "value");
    }

    public static ExerciseId newId() {
        return new ExerciseId(UUID.randomUUID());
    }

    public static ExerciseId parse(String text) {
        return new ExerciseId(Ids.parse(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
