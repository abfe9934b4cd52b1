package com.coachkeep.support.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class BusinessDaysTest {
    // 2026-11-23 is a Monday

    @Test
    void twoBusinessDaysAfterAMondayIsWednesdayAtTheSameTime() {
        assertEquals(Instant.parse("2026-11-25T10:15:00Z"), BusinessDays.after(Instant.parse("2026-11-23T10:15:00Z"), 2));
    }

    @Test
    void aReportOnThursdayIsDueOnMondayBecauseTheWeekendDoesNotCount() {
        assertEquals(Instant.parse("2026-11-30T16:00:00Z"), BusinessDays.after(Instant.parse("2026-11-26T16:00:00Z"), 2));
    }

    @Test
    void aReportOnFridayIsDueOnTuesday() {
        assertEquals(Instant.parse("2026-12-01T23:59:00Z"), BusinessDays.after(Instant.parse("2026-11-27T23:59:00Z"), 2));
    }

    @Test
    void aReportAtTheWeekendCountsFromMondayMorning() {
        assertEquals(Instant.parse("2026-12-02T00:00:00Z"), BusinessDays.after(Instant.parse("2026-11-28T13:00:00Z"), 2));
        assertEquals(Instant.parse("2026-12-02T00:00:00Z"), BusinessDays.after(Instant.parse("2026-11-29T23:00:00Z"), 2));
    }

    @Test
    void zeroDaysIsTheSameMomentOnAWeekday() {
        assertEquals(Instant.parse("2026-11-24T09:00:00Z"), BusinessDays.after(Instant.parse("2026-11-24T09:00:00Z"), 0));
    }

    @Test
    void negativeDaysAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> BusinessDays.after(Instant.now(), -1));
    }
}
