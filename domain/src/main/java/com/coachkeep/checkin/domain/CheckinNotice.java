package com.coachkeep.checkin.domain;

import java.util.Locale;

/**
 * The emails a schedule's occurrence may cause, each at most once per occurrence: a reminder on the morning of its day
 * while it is still due, and an overdue notice on the morning after, while it is late but still accepted. Both are sent
 * at {@link #LOCAL_HOUR} in the client's time zone (or later the same day, when the job or the schedule came later),
 * never at midnight.
 */
public enum CheckinNotice {
    /** The occurrence's day has come and nothing is submitted yet. */
    REMINDER,
    /** The occurrence's deadline passed without a submission and the grace days still accept one. */
    OVERDUE;

    /** The hour of the client's day from which notices go out (07:00). */
    public static final int LOCAL_HOUR = 7;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
