package com.coachkeep.checkin.domain;

import java.util.Locale;

/** Where a measurement came from. */
public enum MetricSource {
    /** Entered in a check-in submission. */
    CHECKIN,
    /** Logged directly, outside a check-in. */
    LOGGED,
    /** Imported from another app's export. */
    IMPORTED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
