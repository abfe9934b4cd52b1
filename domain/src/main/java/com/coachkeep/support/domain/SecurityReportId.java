package com.coachkeep.support.domain;

import java.util.Objects;
import java.util.UUID;

/** The tracking id of a vulnerability report, given to the reporter. */
public record SecurityReportId(UUID value) {
    public SecurityReportId {
        Objects.requireNonNull(value, "value");
    }

    public static SecurityReportId random() {
        return new SecurityReportId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
