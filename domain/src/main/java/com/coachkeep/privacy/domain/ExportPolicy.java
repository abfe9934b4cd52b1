package com.coachkeep.privacy.domain;

import java.time.Duration;
import java.util.Objects;

/**
 * The rules exports run under.
 *
 * @param dailyLimit   exports one person may ask for in one workspace within any 24 hours
 * @param retention    how long a ready archive stays downloadable before it is deleted
 * @param linkValidity how long one download link works
 * @param staleAfter   a running export whose worker has not reported for this long is taken over by another worker
 */
public record ExportPolicy(int dailyLimit, Duration retention, Duration linkValidity, Duration staleAfter) {
    public static final Duration WINDOW = Duration.ofHours(24);

    public ExportPolicy {
        Objects.requireNonNull(retention);
        Objects.requireNonNull(linkValidity);
        Objects.requireNonNull(staleAfter);
        if (dailyLimit < 1) {
            throw new IllegalArgumentException("dailyLimit must be at least 1");
        }
    }

    public static ExportPolicy defaults() {
        return new ExportPolicy(3, Duration.ofDays(7), Duration.ofMinutes(15), Duration.ofMinutes(10));
    }
}
