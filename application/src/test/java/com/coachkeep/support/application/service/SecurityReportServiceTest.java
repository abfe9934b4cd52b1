package com.coachkeep.support.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.audit.domain.AuditEntry;
import com.coachkeep.shared.application.AuditRecord;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.domain.EmailTemplate;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.support.application.port.in.SecurityReportReceipt;
import com.coachkeep.support.application.port.in.SecurityReportView;
import com.coachkeep.support.application.port.in.SubmitSecurityReportCommand;
import com.coachkeep.support.application.port.in.SupportAccessDeniedException;
import com.coachkeep.support.application.port.in.SupportActor;
import com.coachkeep.support.domain.InternalRole;
import com.coachkeep.support.domain.SecurityReportState;
import com.coachkeep.support.domain.SecurityReportTransitionException;
import com.coachkeep.testing.fakes.FakeOutbox;
import com.coachkeep.testing.fakes.FakeSecurityReportRepository;
import com.coachkeep.testing.fakes.MutableClock;
import com.coachkeep.testing.fakes.RecordingAuditTrail;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("promise:P-DIS-1")
class SecurityReportServiceTest {
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T15:00:00Z")); // a Thursday
    final FakeSecurityReportRepository reports = new FakeSecurityReportRepository();
    final FakeOutbox outbox = new FakeOutbox(clock);
    final RecordingAuditTrail audit = new RecordingAuditTrail();
    final SecurityReportService service = new SecurityReportService(reports, outbox, audit, clock);

    final SupportActor officer = new SupportActor("officer-1", InternalRole.SECURITY_OFFICER, true);

    SecurityReportReceipt submit(String email) {
        return service.submit(new SubmitSecurityReportCommand("IDOR on client notes", "Steps to reproduce …", email, null));
    }

    @Test
    void aReportIsStoredAuditedAndAcknowledgedByEmailWithItsDueDate() {
        SecurityReportReceipt receipt = submit("finder@example.org");
        assertEquals(Instant.parse("2026-11-30T15:00:00Z"), receipt.acknowledgementDue(), "Thursday + 2 business days = Monday");
        assertEquals(1, reports.reports.size());
        assertEquals(1, outbox.sent().size());
        var email = outbox.sent().get(0);
        assertEquals(EmailTemplate.SECURITY_REPORT_RECEIVED, email.template());
        assertEquals("finder@example.org", email.to().address().value());
        assertEquals(receipt.trackingId(), email.model().get("trackingId"));
        assertEquals("security-report-received:" + receipt.trackingId(), email.idempotencyKey());
        AuditRecord r = audit.last();
        assertEquals(AuditEntry.PLATFORM, r.workspaceId());
        assertEquals(AuditRecord.By.ANONYMOUS, r.by());
        assertEquals("security_report.received", r.action());
    }

    @Test
    void anAnonymousReportSendsNoEmail() {
        submit(null);
        assertTrue(outbox.sent().isEmpty());
    }

    @Test
    void invalidReportsAreRefusedAndNothingIsStored() {
        assertThrows(InvalidInputException.class, () -> service.submit(new SubmitSecurityReportCommand("", "", "x", null)));
        assertTrue(reports.reports.isEmpty());
        assertTrue(outbox.sent().isEmpty());
    }

    @Test
    void theOfficerWorksTheReportThroughItsStatesEachWithAReasonInTheAuditTrail() {
        String id = submit(null).trackingId();
        clock.advance(Duration.ofHours(2));
        SecurityReportView v = service.acknowledge(officer, id, "read, reproducing");
        assertEquals("acknowledged", v.state());
        assertFalse(v.overdue());
        assertEquals("security_report.acknowledged", audit.last().action());
        assertEquals(AuditRecord.By.SUPPORT, audit.last().by());
        assertEquals("officer-1", audit.last().actorId());
        assertEquals("read, reproducing", audit.last().reason());
        assertEquals("new", audit.last().details().get("from"));
        service.triage(officer, id, "valid, severity medium");
        service.markFixed(officer, id, "fixed in release 42");
        assertEquals("closed", service.close(officer, id, "reporter thanked").state());
        assertEquals(5, audit.records.size());
    }

    @Test
    void invalidTransitionsAndMissingReasonsAreRefused() {
        String id = submit(null).trackingId();
        assertThrows(SecurityReportTransitionException.class, () -> service.markFixed(officer, id, "skipping ahead"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> service.acknowledge(officer, id, " "));
        assertEquals("reason", e.violations().get(0).field());
        assertThrows(NotFoundException.class, () -> service.acknowledge(officer, UUID.randomUUID().toString(), "why"));
        assertEquals(1, audit.records.size(), "only the receipt was recorded");
    }

    @Test
    void theInboxFiltersByStateAndFlagsOverdueReports() {
        String late = submit(null).trackingId();
        clock.advance(Duration.ofDays(1));
        String fresh = submit(null).trackingId();
        service.acknowledge(officer, fresh, "on it");
        clock.set(Instant.parse("2026-11-30T15:00:01Z"));
        var open = service.list(officer, SecurityReportState.NEW);
        assertEquals(1, open.size());
        assertEquals(late, open.get(0).id());
        assertTrue(open.get(0).overdue());
        assertEquals(2, service.list(officer, null).size());
    }

    @Test
    void onlySecurityOfficersSeeOrWorkTheInbox() {
        String id = submit(null).trackingId();
        for (InternalRole role : new InternalRole[] {InternalRole.SUPPORT_AGENT, InternalRole.ADMIN}) {
            SupportActor other = new SupportActor("staff-" + role, role, true);
            assertThrows(SupportAccessDeniedException.class, () -> service.list(other, null));
            assertThrows(SupportAccessDeniedException.class, () -> service.acknowledge(other, id, "curious"));
        }
        assertEquals(SecurityReportState.NEW, reports.reports.values().iterator().next().state());
    }
}
