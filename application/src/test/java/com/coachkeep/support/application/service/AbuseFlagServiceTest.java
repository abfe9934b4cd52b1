package com.coachkeep.support.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.coachkeep.audit.domain.AuditEntry;
import com.coachkeep.shared.application.AuditRecord;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.support.application.port.in.AbuseFlagView;
import com.coachkeep.support.application.port.in.AbuseSignal;
import com.coachkeep.support.application.port.in.SupportAccessDeniedException;
import com.coachkeep.support.application.port.in.SupportActor;
import com.coachkeep.support.domain.AbuseFlag;
import com.coachkeep.support.domain.AbuseFlagAcknowledgedException;
import com.coachkeep.support.domain.InternalRole;
import com.coachkeep.testing.fakes.FakeAbuseFlagRepository;
import com.coachkeep.testing.fakes.MutableClock;
import com.coachkeep.testing.fakes.RecordingAuditTrail;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("promise:P-LOG-1")
class AbuseFlagServiceTest {
    final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
    final FakeAbuseFlagRepository flags = new FakeAbuseFlagRepository();
    final RecordingAuditTrail audit = new RecordingAuditTrail();
    final AbuseFlagService service = new AbuseFlagService(flags, audit, clock);
    final SupportActor officer = new SupportActor("officer-1", InternalRole.SECURITY_OFFICER, true);
    final SupportActor agent = new SupportActor("agent-1", InternalRole.SUPPORT_AGENT, true);

    static AbuseSignal notFound(String subject) {
        return new AbuseSignal("not-found", AbuseFlag.SubjectKind.PERSON, subject, "GET /api/v1/workspaces/{workspaceId}/clients/{clientId}");
    }

    @Test
    void aCrossingRaisesOneOpenFlagAuditedInThePlatformTrailWithoutTheSubject() {
        AbuseFlagView v = service.raise(notFound("person-a"));
        assertEquals("open", v.state());
        AuditRecord r = audit.last();
        assertEquals(AuditEntry.PLATFORM, r.workspaceId());
        assertEquals("abuse_flag.raised", r.action());
        assertEquals(v.id(), r.targetId());
        assertEquals("not-found", r.details().get("limit"));
        assertFalse(r.details().containsValue("person-a"), "the trail names no subject: " + r.details());
    }

    @Test
    void furtherCrossingsCountOnTheOpenFlagInsteadOfRaisingMore() {
        service.raise(notFound("person-a"));
        int audited = audit.records.size();
        clock.advance(Duration.ofMinutes(1));
        AbuseFlagView again = service.raise(notFound("person-a"));
        assertEquals(2, again.crossings());
        assertEquals(1, flags.flags.size());
        assertEquals(audited, audit.records.size(), "a repeated crossing is not a new audit entry");
        service.raise(notFound("person-b"));
        assertEquals(2, flags.flags.size(), "another subject has a flag of its own");
    }

    @Test
    void anOfficerAcknowledgesWithAReasonInTheTrailAndTheNextCrossingRaisesANewFlag() {
        AbuseFlagView raised = service.raise(notFound("person-a"));
        assertThrows(InvalidInputException.class, () -> service.acknowledge(officer, raised.id(), " "));
        AbuseFlagView acked = service.acknowledge(officer, raised.id(), "scripted look-ups from one account; owner told");
        assertEquals("acknowledged", acked.state());
        assertEquals("officer-1", acked.acknowledgedBy());
        AuditRecord r = audit.last();
        assertEquals("abuse_flag.acknowledged", r.action());
        assertEquals(AuditRecord.By.SUPPORT, r.by());
        assertEquals("scripted look-ups from one account; owner told", r.reason());
        assertThrows(AbuseFlagAcknowledgedException.class, () -> service.acknowledge(officer, raised.id(), "again"));
        assertEquals(0, service.list(officer, true).size());
        service.raise(notFound("person-a"));
        assertEquals(1, service.list(officer, true).size());
        assertEquals(2, service.list(officer, false).size());
    }

    @Test
    void aSupportAgentNeitherSeesNorAcknowledgesFlags() {
        AbuseFlagView raised = service.raise(notFound("person-a"));
        assertThrows(SupportAccessDeniedException.class, () -> service.list(agent, false));
        assertThrows(SupportAccessDeniedException.class, () -> service.acknowledge(agent, raised.id(), "looked"));
    }
}
