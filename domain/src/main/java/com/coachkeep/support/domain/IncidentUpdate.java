package com.coachkeep.support.domain;

import java.time.Instant;
import java.util.Objects;

/** One public update of an incident: text written for everyone, shown on the status endpoint. */
public record IncidentUpdate(Instant postedAt, String text, boolean resolves) {
    public IncidentUpdate {
        Objects.requireNonNull(postedAt, "postedAt");
        Objects.requireNonNull(text, "text");
    }
}
