package com.coachkeep.support.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.shared.application.MailPort;
import com.coachkeep.shared.domain.EmailAddress;
import com.coachkeep.shared.domain.EmailTemplate;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.support.application.port.out.CoachDirectoryPort.Coach;
import com.coachkeep.support.domain.SubProcessor;
import com.coachkeep.support.domain.SubProcessorAnnouncement;
import com.coachkeep.support.domain.SubProcessorId;
import com.coachkeep.testing.fakes.FakeAppLinks;
import com.coachkeep.testing.fakes.FakeOutbox;
import com.coachkeep.testing.fakes.FakeSubProcessorAnnouncements;
import com.coachkeep.testing.fakes.MutableClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("promise:P-SUB-1")
class SubProcessorAnnouncementServiceTest {
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
    final FakeSubProcessorAnnouncements announcements = new FakeSubProcessorAnnouncements();
    final FakeOutbox outbox = new FakeOutbox(clock);
    final SubProcessorAnnouncementService service = new SubProcessorAnnouncementService(announcements, announcements, outbox,
            new FakeAppLinks(), clock, 3);

    @Test
    void everyCoachIsEmailedOnceInBatchesUntilTheAnnouncementIsDone() {
        for (int i = 0; i < 7; i++) {
            announcements.coaches.add(new Coach(PersonId.newId(), new EmailAddress("coach" + i + "@example.test"), "Coach " + i));
        }
        announcements.add(SubProcessorAnnouncement.of("added", SubProcessor.add(SubProcessorId.random(), "Mailer Inc.", "Email",
                "European Union", null, LocalDate.of(2026, 12, 1), clock.instant()), clock.instant()), clock.instant());
        assertEquals(3, service.sendNextBatch());
        assertEquals(3, service.sendNextBatch());
        assertEquals(1, service.sendNextBatch());
        assertTrue(announcements.pending.isEmpty());
        assertEquals(0, service.sendNextBatch());

        List<MailPort.Email> sent = outbox.sent();
        assertEquals(7, sent.size());
        assertEquals(7, sent.stream().map(e -> e.to().address()).collect(Collectors.toSet()).size(), "each coach once");
        MailPort.Email first = sent.get(0);
        assertEquals(EmailTemplate.SUB_PROCESSOR_CHANGE, first.template());
        assertTrue(first.to().personId() != null, "an optional email: the recipient's preferences apply when it is sent");
        assertEquals("https://api.coachkeep.test/api/v1/sub-processors", first.model().get("listUrl"));
        @SuppressWarnings("unchecked")
        Map<String, Object> change = ((List<Map<String, Object>>) first.model().get("changes")).get(0);
        assertEquals("added", change.get("change"));
        assertEquals("Mailer Inc.", change.get("name"));
    }

    @Test
    void anAnnouncementWithNoCoachesFinishesAtOnce() {
        announcements.add(SubProcessorAnnouncement.of("changed", SubProcessor.add(SubProcessorId.random(), "X", "Y", "Z", null,
                LocalDate.of(2026, 1, 1), clock.instant()), clock.instant()), clock.instant());
        assertEquals(0, service.sendNextBatch());
        assertTrue(announcements.pending.isEmpty());
    }
}
