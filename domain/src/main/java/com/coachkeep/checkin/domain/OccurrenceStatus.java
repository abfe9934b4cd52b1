package com.coachkeep.checkin.domain;

import java.util.Locale;

/**
 * Where an occurrence stands. An occurrence on day D is due until the end of D in the client's zone (the deadline),
 * accepted late until the end of the schedule's grace days after D, and missed after that without a submission.
 */
public enum OccurrenceStatus {
    /** Not yet submitted, deadline not passed. */
    DUE,
    /** Submitted by the deadline. */
    SUBMITTED,
    /** Past the deadline and within the grace period: submitted late, or still open and overdue. */
    LATE,
    /** The grace period ended without a submission. */
    MISSED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
