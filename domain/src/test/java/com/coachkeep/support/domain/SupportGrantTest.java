package com.coachkeep.support.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("promise:P-INT-1")
class SupportGrantTest {
    final Instant t0 = Instant.parse("2026-11-23T10:00:00Z");
    final WorkspaceId w = new WorkspaceId(UUID.randomUUID());
    static final GrantScope ROSTER = GrantScope.of("roster", false);
    static final GrantScope COACH_NOTES = new GrantScope("coach-notes", true, Set.of("roster"));

    SupportGrant grant(GrantScope scope, int minutes) {
        return SupportGrant.request(w, "agent-1", InternalRole.SUPPORT_AGENT, scope, "owner asked about a client", "T-1", minutes, t0);
    }

    @Test
    void anOrdinaryGrantStartsAtOnceAndExpiresByTheClock() {
        SupportGrant g = grant(ROSTER, 30);
        assertEquals(SupportGrant.Status.ACTIVE, g.status(t0));
        g.view("agent-1", ROSTER, t0.plus(Duration.ofMinutes(29)));
        assertEquals(SupportGrant.Status.EXPIRED, g.status(t0.plus(Duration.ofMinutes(30))));
        assertThrows(SupportGrantRuleException.class, () -> g.view("agent-1", ROSTER, t0.plus(Duration.ofMinutes(30))));
        assertEquals(1, g.views());
    }

    @Test
    void noGrantLastsLongerThanAnHour() {
        assertThrows(IllegalArgumentException.class, () -> grant(ROSTER, 61));
        assertThrows(IllegalArgumentException.class, () -> grant(ROSTER, 0));
    }

    @Test
    void aSensitiveGrantWaitsForASecondPersonAndStartsAtApproval() {
        SupportGrant g = grant(COACH_NOTES, 60);
        assertEquals(SupportGrant.Status.PENDING, g.status(t0));
        assertThrows(SupportGrantRuleException.class, () -> g.view("agent-1", COACH_NOTES, t0));
        assertThrows(SupportGrantRuleException.class, () -> g.approve("agent-1", t0));
        Instant approved = t0.plus(Duration.ofMinutes(10));
        g.approve("officer-1", approved);
        assertEquals(approved, g.startsAt());
        assertEquals(approved.plus(Duration.ofMinutes(60)), g.endsAt());
        g.view("agent-1", ROSTER, approved);
        g.view("agent-1", COACH_NOTES, approved);
        assertThrows(SupportGrantRuleException.class, () -> g.view("someone-else", ROSTER, approved));
    }

    @Test
    void aPendingRequestLapsesAndCannotBeApprovedLate() {
        SupportGrant g = grant(COACH_NOTES, 15);
        Instant late = t0.plus(Duration.ofHours(SupportGrant.APPROVAL_WINDOW_HOURS));
        assertEquals(SupportGrant.Status.LAPSED, g.status(late));
        assertThrows(SupportGrantRuleException.class, () -> g.approve("officer-1", late));
    }

    @Test
    void aRosterGrantDoesNotShowNotes() {
        SupportGrant g = grant(ROSTER, 15);
        assertThrows(SupportGrantRuleException.class, () -> g.view("agent-1", COACH_NOTES, t0));
    }

    @Test
    void aRevokedGrantEndsAtOnce() {
        SupportGrant g = grant(ROSTER, 15);
        Instant at = t0.plus(Duration.ofMinutes(5));
        g.revoke("officer-1", "done", at);
        assertEquals(SupportGrant.Status.REVOKED, g.status(at));
        assertEquals(at, g.endsAt());
        assertThrows(SupportGrantRuleException.class, () -> g.view("agent-1", ROSTER, at));
        assertThrows(SupportGrantRuleException.class, () -> g.revoke("officer-1", "again", at));
    }

    @Test
    void storedScopeNamesOfTheEnumerationKeepTheirMeaning() {
        assertEquals("COACH_NOTES", COACH_NOTES.storedName());
        assertEquals(COACH_NOTES, GrantScope.stored("COACH_NOTES", List.of(ROSTER, COACH_NOTES)));
        assertEquals(ROSTER, GrantScope.stored("ROSTER", List.of(ROSTER, COACH_NOTES)));
        assertEquals(java.util.Optional.of("coach-notes"), GrantScope.nameOf(" Coach_Notes "));
        GrantScope withdrawn = GrantScope.stored("MEAL_PLANS", List.of(ROSTER));
        assertEquals("meal-plans", withdrawn.name());
        assertEquals(true, withdrawn.sensitive(), "a scope no feature contributes any more stays behind a second person");
        assertEquals(false, withdrawn.covers(ROSTER));
        assertThrows(IllegalArgumentException.class, () -> GrantScope.of("Coach Notes", false));
    }
}
