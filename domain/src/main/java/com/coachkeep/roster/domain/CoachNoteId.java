package com.coachkeep.roster.domain;

import com.coachkeep.shared.domain.Ids;
import java.util.Objects;
import java.util.UUID;

public record CoachNoteId(UUID value) {
    public CoachNoteId {
        Objects.requireNonNull(value, "value");
    }

    public static CoachNoteId newId() {
        return new CoachNoteId(UUID.randomUUID());
    }

    public static CoachNoteId parse(String text) {
        return new CoachNoteId(Ids.parse(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
