package com.coachkeep.support.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AbuseFlagTest {
    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    private static AbuseFlag raised() {
        return AbuseFlag.raise(AbuseFlagId.random(), "not-found", AbuseFlag.SubjectKind.PERSON, "4b1c…", "GET /api/v1/x/{id}", T0);
    }

    @Test
    void aFlagIsRaisedOpenWithOneCrossing() {
        AbuseFlag f = raised();
        assertEquals(AbuseFlag.State.OPEN, f.state());
        assertEquals(1, f.crossings());
        assertEquals(T0, f.lastSeenAt());
    }

    @Test
    void furtherCrossingsCountOnTheOpenFlag() {
        AbuseFlag f = raised().crossedAgain(T0.plusSeconds(60)).crossedAgain(T0.plusSeconds(30));
        assertEquals(3, f.crossings());
        assertEquals(T0.plusSeconds(60), f.lastSeenAt(), "a late report of an earlier crossing does not move the time back");
    }

    @Test
    void anAcknowledgedFlagKeepsWhoAndWhyAndTakesNoMoreCrossings() {
        AbuseFlag f = raised().acknowledge("officer-1", "address blocked at the edge", T0.plusSeconds(120));
        assertEquals(AbuseFlag.State.ACKNOWLEDGED, f.state());
        assertEquals("officer-1", f.acknowledgedBy());
        assertEquals("address blocked at the edge", f.reason());
        assertThrows(AbuseFlagAcknowledgedException.class, () -> f.crossedAgain(T0.plusSeconds(180)));
        assertThrows(AbuseFlagAcknowledgedException.class, () -> f.acknowledge("officer-2", "again", T0.plusSeconds(180)));
    }
}
