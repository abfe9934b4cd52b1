package com.coachkeep.support.application.port.in;

import com.coachkeep.support.domain.AbuseFlag;
import java.time.Instant;
import java.util.Locale;

/** An abuse flag as the console shows it; {@code subjectKind} and {@code state} in lower case. */
public record AbuseFlagView(String id, String limit, String subjectKind, String subject, String operation, Instant raisedAt,
        Instant lastSeenAt, int crossings, String state, Instant acknowledgedAt, String acknowledgedBy, String reason) {
    public static AbuseFlagView of(AbuseFlag f) {
        return new AbuseFlagView(f.id().toString(), f.limit(), f.subjectKind().name().toLowerCase(Locale.ROOT), f.subject(), f.operation(),
                f.raisedAt(), f.lastSeenAt(), f.crossings(), f.state().name().toLowerCase(Locale.ROOT), f.acknowledgedAt(),
                f.acknowledgedBy(), f.reason());
    }

    public boolean open() {
        return "open".equals(state);
    }
}
