package com.coachkeep.console.support.grants;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.coachkeep.support.application.port.in.SupportGrantView;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SupportGrantsPresenterTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private static SupportGrantView grant(String status, Instant endsAt) {
        return new SupportGrantView("0b6f3c1e-0000-4000-8000-000000000001", "w", "agent", "support_agent", "roster", false, "why",
                "SUP-1", 30, status, NOW.minusSeconds(600), null, null, NOW.minusSeconds(600), endsAt, null, null, 0);
    }

    @Test
    void anActiveGrantShowsTheMinutesLeftAndItsEnd() {
        assertEquals("20 min left (until 2026-11-23 10:20 UTC)",
                SupportGrantsPresenter.timeLeft(grant("active", NOW.plusSeconds(20 * 60 + 30)), NOW));
        assertEquals("under a minute left", SupportGrantsPresenter.timeLeft(grant("active", NOW.plusSeconds(40)), NOW));
    }

    @Test
    void aPendingGrantWaitsAndAnyOtherHasEnded() {
        assertEquals("waiting for approval", SupportGrantsPresenter.timeLeft(grant("pending", null), NOW));
        for (String status : new String[] { "expired", "revoked", "lapsed" }) {
            assertEquals("ended", SupportGrantsPresenter.timeLeft(grant(status, NOW.minusSeconds(1)), NOW));
        }
    }
}
