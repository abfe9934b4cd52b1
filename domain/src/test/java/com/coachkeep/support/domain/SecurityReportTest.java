package com.coachkeep.support.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.Violation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("promise:P-DIS-1")
class SecurityReportTest {
    static final Instant MONDAY = Instant.parse("2026-11-23T10:00:00Z");

    static SecurityReport report() {
        return SecurityReport.receive(SecurityReportId.random(), MONDAY, "Stored XSS in client names", "Steps: …", "finder@example.org",
                "https://app.coachkeep.app/clients");
    }

    @Test
    void aNewReportIsDueForAcknowledgementTwoBusinessDaysLater() {
        SecurityReport r = report();
        assertEquals(SecurityReportState.NEW, r.state());
        assertEquals(Instant.parse("2026-11-25T10:00:00Z"), r.acknowledgementDue());
        assertFalse(r.overdue(MONDAY.plus(Duration.ofDays(2))));
        assertTrue(r.overdue(MONDAY.plus(Duration.ofDays(2)).plusSeconds(1)));
    }

    @Test
    void theReportWalksThroughItsStatesInOrder() {
        SecurityReport r = report();
        Instant t = MONDAY.plusSeconds(3600);
        r.moveTo(SecurityReportState.ACKNOWLEDGED, t);
        assertEquals(t, r.acknowledgedAt());
        r.moveTo(SecurityReportState.TRIAGED, t.plusSeconds(1));
        r.moveTo(SecurityReportState.FIXED, t.plusSeconds(2));
        r.moveTo(SecurityReportState.CLOSED, t.plusSeconds(3));
        assertEquals(SecurityReportState.CLOSED, r.state());
        assertEquals(t, r.acknowledgedAt(), "the acknowledgement time stays the first move's");
        assertFalse(r.overdue(t.plus(Duration.ofDays(30))), "acknowledged in time is never overdue");
    }

    @Test
    void invalidTransitionsAreRefusedAndChangeNothing() {
        SecurityReport r = report();
        assertThrows(SecurityReportTransitionException.class, () -> r.moveTo(SecurityReportState.FIXED, MONDAY));
        assertThrows(SecurityReportTransitionException.class, () -> r.moveTo(SecurityReportState.TRIAGED, MONDAY));
        assertThrows(SecurityReportTransitionException.class, () -> r.moveTo(SecurityReportState.NEW, MONDAY));
        assertEquals(SecurityReportState.NEW, r.state());
        assertNull(r.acknowledgedAt());
        r.moveTo(SecurityReportState.CLOSED, MONDAY.plusSeconds(5));
        assertThrows(SecurityReportTransitionException.class, () -> r.moveTo(SecurityReportState.ACKNOWLEDGED, MONDAY));
    }

    @Test
    void aLateAcknowledgementStaysOverdue() {
        SecurityReport r = report();
        r.moveTo(SecurityReportState.ACKNOWLEDGED, MONDAY.plus(Duration.ofDays(3)));
        assertTrue(r.overdue(MONDAY.plus(Duration.ofDays(3))));
    }

    @Test
    void everyInvalidFieldIsNamed() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SecurityReport.receive(SecurityReportId.random(),
                MONDAY, " ", "x".repeat(SecurityReport.DETAILS_MAX + 1), "not-an-email", "javascript:alert(1)"));
        assertEquals(List.of("summary", "details", "reporterEmail", "affectedUrl"), e.violations().stream().map(Violation::field).toList());
    }

    @Test
    void emailAndUrlAreOptional() {
        SecurityReport r = SecurityReport.receive(SecurityReportId.random(), MONDAY, "Summary", "Details", null, "");
        assertNull(r.reporterEmail());
        assertNull(r.affectedUrl());
    }
}
