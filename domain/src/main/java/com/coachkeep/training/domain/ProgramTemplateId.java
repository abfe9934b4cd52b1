package com.coachkeep.training.domain;

import com.coachkeep.shared.domain.Ids;
import java.util.Objects;
import java.util.UUID;

public record ProgramTemplateId(UUID value) {
    public ProgramTemplateId {
        Objects.requireNonNull(value, "value");
    }

    public static ProgramTemplateId newId() {
        return new ProgramTemplateId(UUID.randomUUID());
    }

    public static ProgramTemplateId parse(String text) {
        return new ProgramTemplateId(Ids.parse(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
