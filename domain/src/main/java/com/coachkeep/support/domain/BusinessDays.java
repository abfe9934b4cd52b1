package com.coachkeep.support.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * Business-day arithmetic for response targets: Saturdays and Sundays do not count (public holidays do, which
 * errs on the side of answering sooner). Days are counted in UTC.
 */
public final class BusinessDays {
    private BusinessDays() {
    }

    /**
     * The moment {@code days} business days after {@code from}: the same time of day on the {@code days}-th
     * weekday after it. Something received at the weekend is counted from the following Monday's start.
     */
    public static Instant after(Instant from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative");
        }
        ZonedDateTime t = from.atZone(ZoneOffset.UTC);
        if (weekend(t.getDayOfWeek())) {
            while (weekend(t.getDayOfWeek())) {
                t = t.plusDays(1);
            }
            t = t.toLocalDate().atStartOfDay(ZoneOffset.UTC);
        }
        int left = days;
        while (left > 0) {
            t = t.plusDays(1);
            if (!weekend(t.getDayOfWeek())) {
                left--;
            }
        }
        return t.toInstant();
    }

    private static boolean weekend(DayOfWeek d) {
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    }
}
