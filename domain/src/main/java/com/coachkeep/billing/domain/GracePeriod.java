package com.coachkeep.billing.domain;

import com.coachkeep.shared.domain.InvalidInputException;

/** How many days a client keeps their access after a failed renewal; the coach sets it (0–60 days; 7 until they do). */
public record GracePeriod(int days) {
    public static final int DEFAULT_DAYS = 7;
    public static final int MAX_DAYS = 60;

    public static GracePeriod of(Integer days) {
        if (days == null) {
            throw InvalidInputException.of("gracePeriodDays", "is required");
        }
        if (days < 0 || days > MAX_DAYS) {
            throw InvalidInputException.of("gracePeriodDays", "must be 0–" + MAX_DAYS + " days");
        }
        return new GracePeriod(days);
    }
}
