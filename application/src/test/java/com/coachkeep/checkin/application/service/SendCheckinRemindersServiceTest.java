package com.coachkeep.checkin.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.checkin.application.port.out.CheckinReminderRepository;
import com.coachkeep.checkin.domain.Checkin;
import com.coachkeep.checkin.domain.CheckinNotice;
import com.coachkeep.checkin.domain.CheckinSchedule;
import com.coachkeep.checkin.domain.Recurrence;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.MailPort;
import com.coachkeep.shared.domain.EmailAddress;
import com.coachkeep.shared.domain.EmailTemplate;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.testing.fakes.FakeOutbox;
import com.coachkeep.testing.fakes.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SendCheckinRemindersServiceTest {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final WorkspaceId WS = new WorkspaceId(UUID.randomUUID());
    // Sunday 29 March 2026, 08:00 in Berlin
    final MutableClock clock = new MutableClock(ZonedDateTime.of(2026, 3, 29, 8, 0, 0, 0, BERLIN).toInstant());
    final FakeOutbox outbox = new FakeOutbox(clock);
    final Reminders reminders = new Reminders();
    final CheckinFakes.Checkins checkins = new CheckinFakes.Checkins();
    final SendCheckinRemindersService service = new SendCheckinRemindersService(reminders, checkins, outbox, clock);

    final ClientId dana = new ClientId(UUID.randomUUID());
    final PersonId danaPerson = new PersonId(UUID.randomUUID());

    CheckinSchedule weeklyOnSunday(ClientId client, int grace) {
        return new CheckinSchedule(UUID.randomUUID(), WS, client, UUID.randomUUID(), new Recurrence.EveryWeeks(1, java.time.DayOfWeek.SUNDAY), BERLIN,
                LocalDate.of(2026, 3, 1), null, grace, null, Instant.parse("2026-03-01T00:00:00Z"), 0);
    }

    void schedule(CheckinSchedule s, String form, PersonId person, String email) {
        reminders.scheduled.add(new CheckinReminderRepository.Scheduled(s, form, person, new EmailAddress(email), "Dana"));
    }

    @Test
    void twoFormsDueMakeOneEmailListingBothAndASecondRunSendsNothing() {
        CheckinSchedule weekly = weeklyOnSunday(dana, 2);
        CheckinSchedule habits = weeklyOnSunday(dana, 2);
        schedule(weekly, "Weekly check-in", danaPerson, "dana@example.com");
        schedule(habits, "Habits", danaPerson, "dana@example.com");
        assertEquals(1, service.remind(WS.value()));
        List<MailPort.Email> sent = outbox.sentTo("dana@example.com");
        assertEquals(1, sent.size());
        MailPort.Email email = sent.get(0);
        assertEquals(EmailTemplate.CHECKIN_REMINDER, email.template());
        assertEquals(2, email.model().get("total"));
        assertEquals(List.of("Habits", "Weekly check-in"), ((List<?>) email.model().get("due")).stream().map(m -> ((Map<?, ?>) m).get("form")).toList());
        assertEquals("Sunday 29 March", ((Map<?, ?>) ((List<?>) email.model().get("due")).get(0)).get("day"));
        assertEquals(0, service.remind(WS.value()), "each notice once");
        assertEquals(1, outbox.sentTo("dana@example.com").size());
    }

    @Test
    void nothingBeforeSevenNothingForASubmittedOccurrenceAndTheOverdueNoticeOnceTheMorningAfter() {
        CheckinSchedule weekly = weeklyOnSunday(dana, 2);
        schedule(weekly, "Weekly check-in", danaPerson, "dana@example.com");
        clock.set(ZonedDateTime.of(2026, 3, 29, 6, 30, 0, 0, BERLIN).toInstant());
        assertEquals(0, service.remind(WS.value()));
        clock.set(ZonedDateTime.of(2026, 3, 30, 7, 5, 0, 0, BERLIN).toInstant());
        assertEquals(1, service.remind(WS.value()));
        MailPort.Email email = outbox.sentTo("dana@example.com").get(0);
        assertEquals(List.of(), email.model().get("due"));
        assertEquals("Tuesday 31 March", ((Map<?, ?>) ((List<?>) email.model().get("overdue")).get(0)).get("lastDay"));
        assertTrue(reminders.recorded.contains(new CheckinReminderRepository.Sent(weekly.id(), LocalDate.of(2026, 3, 29), CheckinNotice.OVERDUE)));
        clock.advance(Duration.ofHours(20));
        assertEquals(0, service.remind(WS.value()), "the overdue notice once");

        // next Sunday: submitted before the morning, so no reminder
        LocalDate next = LocalDate.of(2026, 4, 5);
        checkins.save(new Checkin(UUID.randomUUID(), WS, dana, weekly.formId(), 1, weekly.id(), next, List.of(), danaPerson, false,
                ZonedDateTime.of(2026, 4, 5, 6, 0, 0, 0, BERLIN).toInstant(), ZonedDateTime.of(2026, 4, 5, 6, 0, 0, 0, BERLIN).toInstant(), null, null,
                null, 0), true);
        clock.set(ZonedDateTime.of(2026, 4, 5, 9, 0, 0, 0, BERLIN).toInstant());
        assertEquals(0, service.remind(WS.value()));
    }

    @Test
    void aNoticeAnotherRunRecordedFirstIsNotSentAgain() {
        CheckinSchedule weekly = weeklyOnSunday(dana, 2);
        schedule(weekly, "Weekly check-in", danaPerson, "dana@example.com");
        reminders.taken.add(new CheckinReminderRepository.Sent(weekly.id(), LocalDate.of(2026, 3, 29), CheckinNotice.REMINDER));
        assertEquals(0, service.remind(WS.value()));
        assertTrue(outbox.sent().isEmpty());
    }

    static final class Reminders implements CheckinReminderRepository {
        final List<Scheduled> scheduled = new ArrayList<>();
        final Set<Sent> recorded = new HashSet<>();
        /** Recorded by another node between this run's read and its record. */
        final Set<Sent> taken = new HashSet<>();

        @Override
        public List<UUID> workspacesWithSchedules(LocalDate endedBefore, int limit) {
            return List.of(WS.value());
        }

        @Override
        public Sender sender(WorkspaceId workspaceId) {
            return new Sender(new MailPort.Branding("Summit", "#0F766E", BERLIN), Locale.ENGLISH);
        }

        @Override
        public List<Scheduled> scheduled(WorkspaceId workspaceId, LocalDate endedBefore) {
            return scheduled;
        }

        @Override
        public Set<Sent> sent(WorkspaceId workspaceId, Set<UUID> scheduleIds, LocalDate from, LocalDate to) {
            return Set.copyOf(recorded);
        }

        @Override
        public boolean record(WorkspaceId workspaceId, Sent notice, UUID clientId, Instant at) {
            return !taken.contains(notice) && recorded.add(notice);
        }
    }
}
