package com.coachkeep.support.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.audit.domain.AuditEntry;
import com.coachkeep.shared.application.AuditRecord;
import com.coachkeep.support.application.port.in.AddSubProcessorCommand;
import com.coachkeep.support.application.port.in.ChangeSubProcessorCommand;
import com.coachkeep.support.application.port.in.SubProcessorView;
import com.coachkeep.support.application.port.in.SupportAccessDeniedException;
import com.coachkeep.support.application.port.in.SupportActor;
import com.coachkeep.support.domain.InternalRole;
import com.coachkeep.testing.fakes.FakeSubProcessorAnnouncements;
import com.coachkeep.testing.fakes.FakeSubProcessorRepository;
import com.coachkeep.testing.fakes.MutableClock;
import com.coachkeep.testing.fakes.RecordingAuditTrail;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("promise:P-SUB-1")
class SubProcessorServiceTest {
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
    final FakeSubProcessorRepository repository = new FakeSubProcessorRepository();
    final RecordingAuditTrail audit = new RecordingAuditTrail();
    final FakeSubProcessorAnnouncements announcements = new FakeSubProcessorAnnouncements();
    final SubProcessorService service = new SubProcessorService(repository, announcements, audit, clock);
    final SupportActor admin = new SupportActor("admin-1", InternalRole.ADMIN, true);

    SubProcessorView addMailer() {
        return service.add(admin, new AddSubProcessorCommand("Mailer Inc.", "Sending email", "European Union", "Email addresses",
                LocalDate.of(2026, 12, 1), "new email provider"));
    }

    @Test
    void anAdditionIsPublishedAndAuditedAsMaterialWithItsReason() {
        SubProcessorView v = addMailer();
        assertEquals(1, service.listCurrent().items().size());
        assertEquals(clock.instant(), service.listCurrent().lastChanged());
        AuditRecord r = audit.last();
        assertEquals(AuditEntry.PLATFORM, r.workspaceId());
        assertEquals(AuditRecord.By.SUPPORT, r.by());
        assertEquals("sub_processor.added", r.action());
        assertEquals(v.id(), r.targetId());
        assertEquals("new email provider", r.reason());
        assertEquals("true", r.details().get("material"));
        assertEquals(1, announcements.pending.size(), "coaches will be told");
        assertEquals(Instant.parse("2026-12-01T00:00:00Z"), announcements.pending.values().iterator().next().effectiveAt());
    }

    @Test
    void aChangeOfRegionIsMaterialAndARetiredEntryLeavesThePublicList() {
        SubProcessorView v = addMailer();
        clock.advance(Duration.ofDays(1));
        service.change(admin, new ChangeSubProcessorCommand(v.id(), null, "United States", null, "moved region"));
        assertEquals("true", audit.last().details().get("material"));
        assertEquals("European Union -> United States", audit.last().details().get("region"));
        assertEquals(2, announcements.pending.size(), "a new region is announced");
        service.change(admin, new ChangeSubProcessorCommand(v.id(), null, null, "Email addresses, names", "clarified"));
        assertEquals("false", audit.last().details().get("material"));
        assertEquals(2, announcements.pending.size(), "a clarification is not");
        clock.advance(Duration.ofDays(1));
        service.retire(admin, v.id(), "contract ended");
        assertTrue(service.listCurrent().items().isEmpty());
        assertEquals(clock.instant(), service.listCurrent().lastChanged());
        assertEquals("sub_processor.retired", audit.last().action());
    }

    @Test
    void anEmptyListHasNoLastChangedDate() {
        assertNull(service.listCurrent().lastChanged());
    }

    @Test
    void supportAgentsCannotChangeTheList() {
        SupportActor agent = new SupportActor("agent-1", InternalRole.SUPPORT_AGENT, true);
        assertThrows(SupportAccessDeniedException.class, () -> service.add(agent, new AddSubProcessorCommand("X", "Y", "Z", null,
                LocalDate.of(2026, 1, 1), "why")));
        SubProcessorView v = service.add(new SupportActor("officer", InternalRole.SECURITY_OFFICER, true),
                new AddSubProcessorCommand("X", "Y", "Z", null, LocalDate.of(2026, 1, 1), "why"));
        assertThrows(SupportAccessDeniedException.class, () -> service.retire(agent, v.id(), "why"));
        assertEquals(1, service.listCurrent().items().size());
    }
}
