package com.coachkeep.support.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("promise:P-INT-1")
class SupportGrantTest {
    final Instant t0 = Instant.parse("2026-11-23T10:00:00Z");
    final WorkspaceId w = new WorkspaceId(UUID.randomUUID());

    SupportGrant grant(GrantScope scope, int minutes) {
        return SupportGrant.request(w, "agent-1", InternalRole.SUPPORT_AGENT, scope, "owner asked about a client", "T-1", minutes, t0);
    }

    @Test
    void anOrdinaryGrantStartsAtOnceAndExpiresByTheClock() {
        SupportGrant g = grant(GrantScope.ROSTER, 30);
        assertEquals(SupportGrant.Status.ACTIVE, g.status(t0));
        g.view("agent-1", GrantScope.ROSTER, t0.plus(Duration.ofMinutes(29)));
        assertEquals(SupportGrant.Status.EXPIRED, g.status(t0.plus(Duration.ofMinutes(30))));
        assertThrows(SupportGrantRuleException.class, () -> g.view("agent-1", GrantScope.ROSTER, t0.plus(Duration.ofMinutes(30))));
        assertEquals(1, g.views());
    }

    @Test
    void noGrantLastsLongerThanAnHour() {
        assertThrows(IllegalArgumentException.class, () -> grant(GrantScope.ROSTER, 61));
        assertThrows(IllegalArgumentException.class, () -> grant(GrantScope.ROSTER, 0));
    }

    @Test
    void aSensitiveGrantWaitsForASecondPersonAndStartsAtApproval() {
        SupportGrant g = grant(GrantScope.COACH_NOTES, 60);
        assertEquals(SupportGrant.Status.PENDING, g.status(t0));
        assertThrows(SupportGrantRuleException.class, () -> g.view("agent-1", GrantScope.COACH_NOTES, t0));
        assertThrows(SupportGrantRuleException.class, () -> g.approve("agent-1", t0));
        Instant approved = t0.plus(Duration.ofMinutes(10));
        g.approve("officer-1", approved);
        assertEquals(approved, g.startsAt());
        assertEquals(approved.plus(Duration.ofMinutes(60)), g.endsAt());
        g.view("agent-1", GrantScope.ROSTER, approved);
        g.view("agent-1", GrantScope.COACH_NOTES, approved);
        assertThrows(SupportGrantRuleException.class, () -> g.view("someone-else", GrantScope.ROSTER, approved));
    }

    @Test
    void aPendingRequestLapsesAndCannotBeApprovedLate() {
        SupportGrant g = grant(GrantScope.COACH_NOTES, 15);
        Instant late = t0.plus(Duration.ofHours(SupportGrant.APPROVAL_WINDOW_HOURS));
        assertEquals(SupportGrant.Status.LAPSED, g.status(late));
        assertThrows(SupportGrantRuleException.class, () -> g.approve("officer-1", late));
    }

    @Test
    void aRosterGrantDoesNotShowNotes() {
        SupportGrant g = grant(GrantScope.ROSTER, 15);
        assertThrows(SupportGrantRuleException.class, () -> g.view("agent-1", GrantScope.COACH_NOTES, t0));
    }

    @Test
    void aRevokedGrantEndsAtOnce() {
        SupportGrant g = grant(GrantScope.ROSTER, 15);
        Instant at = t0.plus(Duration.ofMinutes(5));
        g.revoke("officer-1", "done", at);
        assertEquals(SupportGrant.Status.REVOKED, g.status(at));
        assertEquals(at, g.endsAt());
        assertThrows(SupportGrantRuleException.class, () -> g.view("agent-1", GrantScope.ROSTER, at));
        assertThrows(SupportGrantRuleException.class, () -> g.revoke("officer-1", "again", at));
    }
}
