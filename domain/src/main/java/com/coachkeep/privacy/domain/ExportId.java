package com.coachkeep.privacy.domain;

import com.coachkeep.shared.domain.Ids;
import java.util.Objects;
import java.util.UUID;

/** The id of a data export (a job and, once it is ready, its archive). */
public record ExportId(UUID value) {
    public ExportId {
        Objects.requireNonNull(value, "value");
    }

    public static ExportId newId() {
        return new ExportId(UUID.randomUUID());
    }

    public static ExportId parse(String text) {
        return new ExportId(Ids.parse(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
