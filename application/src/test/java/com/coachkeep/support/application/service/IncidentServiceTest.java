package com.coachkeep.support.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.audit.domain.AuditEntry;
import com.coachkeep.shared.application.AuditRecord;
import com.coachkeep.shared.application.MailPort;
import com.coachkeep.shared.domain.EmailAddress;
import com.coachkeep.shared.domain.EmailTemplate;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.support.application.port.in.IncidentView;
import com.coachkeep.support.application.port.in.PlatformStatus;
import com.coachkeep.support.application.port.in.RecordIncidentCommand;
import com.coachkeep.support.application.port.in.SupportAccessDeniedException;
import com.coachkeep.support.application.port.in.SupportActor;
import com.coachkeep.support.application.port.out.ContactsPort;
import com.coachkeep.support.application.port.out.PlatformHealthPort.ComponentHealth;
import com.coachkeep.support.domain.InternalRole;
import com.coachkeep.testing.fakes.FakeIncidentRepository;
import com.coachkeep.testing.fakes.FakeOutbox;
import com.coachkeep.testing.fakes.MutableClock;
import com.coachkeep.testing.fakes.RecordingAuditTrail;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("promise:P-INC-1")
class IncidentServiceTest {
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T12:00:00Z"));
    final FakeIncidentRepository incidents = new FakeIncidentRepository();
    final FakeOutbox outbox = new FakeOutbox(clock);
    final RecordingAuditTrail audit = new RecordingAuditTrail();
    final WorkspaceId affected = new WorkspaceId(UUID.randomUUID());
    final WorkspaceId gone = new WorkspaceId(UUID.randomUUID());
    final Map<WorkspaceId, ContactsPort.OwnerContact> owners = Map.of(affected, new ContactsPort.OwnerContact(
            new MailPort.Recipient(new EmailAddress("owner@summit.test"), "Olga", PersonId.newId()),
            MailPort.Branding.platform(), Locale.ENGLISH));
    final ContactsPort contacts = new ContactsPort() {
        @Override
        public Optional<OwnerContact> owner(WorkspaceId workspaceId) {
            return Optional.ofNullable(owners.get(workspaceId));
        }

        @Override
        public String securityMailbox() {
            return "security@coachkeep.test";
        }
    };
    final IncidentService service = new IncidentService(incidents, contacts, outbox, audit, clock);
    final SupportActor officer = new SupportActor("officer-1", InternalRole.SECURITY_OFFICER, true);

    RecordIncidentCommand command(List<String> workspaces) {
        return new RecordIncidentCommand("Photos briefly visible through a shared link", "A misconfigured link exposed photos.",
                List.of("progress photos"), "We closed the link and rotated keys.", "high", workspaces, clock.instant().minusSeconds(3600),
                "We are investigating an issue with shared links.", null, "ticket SEC-7");
    }

    @Test
    void recordingAnIncidentEmailsTheOwnerOfEachAffectedWorkspaceAndIsAudited() {
        IncidentView v = service.record(officer, command(List.of(affected.value().toString(), gone.value().toString())));
        assertEquals(1, outbox.sent().size(), "the workspace that no longer exists is skipped");
        MailPort.Email email = outbox.sent().get(0);
        assertEquals(EmailTemplate.SECURITY_INCIDENT_NOTICE, email.template());
        assertEquals("owner@summit.test", email.to().address().value());
        assertEquals(affected, email.workspaceId());
        assertEquals("security@coachkeep.test", email.model().get("contactEmail"));
        assertEquals("security-incident:" + v.id() + ":" + affected.value(), email.idempotencyKey());
        AuditRecord r = audit.last();
        assertEquals(AuditEntry.PLATFORM, r.workspaceId());
        assertEquals(AuditRecord.By.SUPPORT, r.by());
        assertEquals("incident.recorded", r.action());
        assertEquals("ticket SEC-7", r.reason());
        assertEquals("1", r.details().get("ownersNotified"));
    }

    @Test
    void updatesAndTheResolutionArePublishedWithoutInternalFieldsOrWorkspaces() {
        IncidentView v = service.record(officer, command(List.of(affected.value().toString())));
        clock.advance(Duration.ofHours(1));
        service.postUpdate(officer, v.id(), "The link is closed.", "progress");
        service.resolve(officer, v.id(), "Resolved; affected owners were told.", "done");
        assertEquals(List.of("incident.recorded", "incident.updated", "incident.resolved"), audit.records.stream().map(AuditRecord::action).toList());
        PlatformStatus status = new GetPlatformStatusService(() -> List.of(new ComponentHealth("database", true, true)), incidents, clock).status();
        assertEquals(PlatformStatus.OPERATIONAL, status.status());
        assertEquals(1, status.incidents().size());
        PlatformStatus.Incident published = status.incidents().get(0);
        assertEquals("resolved", published.status());
        assertEquals(3, published.updates().size());
        String all = status.toString();
        assertFalse(all.contains(affected.value().toString()), "no workspace");
        assertFalse(all.contains("misconfigured"), "no internal description");
        clock.advance(Duration.ofDays(15));
        assertTrue(new GetPlatformStatusService(() -> List.of(), incidents, clock).status().incidents().isEmpty(),
                "resolved incidents leave the status page after two weeks");
    }

    @Test
    void onlySecurityOfficersHandleIncidentsAndEveryFieldIsChecked() {
        for (InternalRole role : new InternalRole[] {InternalRole.SUPPORT_AGENT, InternalRole.ADMIN}) {
            SupportActor other = new SupportActor("staff", role, true);
            assertThrows(SupportAccessDeniedException.class, () -> service.record(other, command(List.of())));
            assertThrows(SupportAccessDeniedException.class, () -> service.list(other));
        }
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> service.record(officer, command(List.of("nope"))));
        assertEquals("affectedWorkspaceIds[0]", e.violations().get(0).field());
        assertTrue(outbox.sent().isEmpty());
        assertTrue(audit.records.isEmpty());
    }
}
