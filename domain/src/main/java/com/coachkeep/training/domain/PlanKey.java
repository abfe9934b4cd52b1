package com.coachkeep.training.domain;

import com.coachkeep.shared.domain.Ids;
import java.util.Objects;
import java.util.UUID;

/**
 * The stable identity of one element of a program plan (a phase, week, day, block or exercise entry). A
 * client's copy keeps the keys of the template it was made from, which is what lets a later template change be
 * matched element by element against the client's own adjustments. Client-generated keys are accepted, so a
 * plan built offline keeps its keys when it syncs.
 */
public record PlanKey(UUID value) {
    public PlanKey {
        Objects.requireNonNull(value, "value");
    }

    public static PlanKey newKey() {
        return new PlanKey(UUID.randomUUID());
    }

    public static PlanKey parse(String text) {
        return new PlanKey(Ids.parse(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
