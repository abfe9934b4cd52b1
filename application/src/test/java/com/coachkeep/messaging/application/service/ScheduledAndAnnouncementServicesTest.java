package com.coachkeep.messaging.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.messaging.application.port.out.AnnouncementRepository;
import com.coachkeep.messaging.application.port.out.ScheduledMessageRepository;
import com.coachkeep.messaging.domain.Announcement;
import com.coachkeep.messaging.domain.Message;
import com.coachkeep.messaging.domain.ScheduledMessage;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.AccessDeniedException;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.MembershipId;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.testing.fakes.MutableClock;
import com.coachkeep.testing.fakes.RecordingAuditTrail;
import com.coachkeep.workspace.domain.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ScheduledAndAnnouncementServicesTest {
    static final WorkspaceId WS = WorkspaceId.newId();

    MutableClock clock = new MutableClock(Instant.parse("2026-06-15T10:00:00Z"));
    MessagingFakes.Roster roster = new MessagingFakes.Roster();
    MessagingFakes.Messages messages = new MessagingFakes.Messages();
    MessagingFakes.Events events = new MessagingFakes.Events();
    RecordingAuditTrail audit = new RecordingAuditTrail();
    Set<PersonId> active = new HashSet<>();
    Scheduled scheduled = new Scheduled();
    Announcements announcements = new Announcements();
    ScheduledMessageService scheduling = new ScheduledMessageService(scheduled, messages, (w, c, r) -> true, events, roster, audit, clock);
    AnnouncementService announcing = new AnnouncementService(announcements, messages, events, roster, audit, clock);

    Actor coach;
    Actor client;
    ClientId clientId = ClientId.newId();
    ClientId otherId = ClientId.newId();

    @BeforeEach
    void people() {
        coach = new Actor(PersonId.newId(), WS, MembershipId.newId(), "coach", true, Role.COACH.permissions());
        client = new Actor(PersonId.newId(), WS, MembershipId.newId(), "client", false, Role.CLIENT.permissions());
        roster.clients.put(clientId, new MessagingFakes.Roster.Entry(client.personId(), coach.membershipId()));
        roster.clients.put(otherId, new MessagingFakes.Roster.Entry(PersonId.newId(), coach.membershipId()));
        active.add(coach.personId());
    }

    @Test
    void aScheduledMessageIsSentOnceWhenDueUnderItsIdAndNotAfterItsAuthorLeft() {
        UUID id = UUID.randomUUID();
        Instant at = clock.instant().plus(Duration.ofHours(1));
        assertTrue(scheduling.schedule(coach, clientId, id, "Morning!", null, at).created());
        assertFalse(scheduling.schedule(coach, clientId, id, "Morning!", null, at).created(), "a resend");
        assertThrows(InvalidInputException.class, () -> scheduling.schedule(coach, clientId, UUID.randomUUID(), "x", null, clock.instant()));
        assertEquals(List.of(), scheduling.due(10));
        clock.advance(Duration.ofHours(1));
        assertEquals(1, scheduling.due(10).size());
        assertTrue(scheduling.deliver(WS.value(), id));
        assertFalse(scheduling.deliver(WS.value(), id), "sent once");
        Message sent = messages.byId.get(id);
        assertEquals("Morning!", sent.text());
        assertEquals(clock.instant(), sent.sentAt());
        assertEquals(1, events.published.size());

        UUID orphan = UUID.randomUUID();
        scheduling.schedule(coach, clientId, orphan, "Later", null, clock.instant().plusSeconds(60));
        active.remove(coach.personId());
        clock.advance(Duration.ofMinutes(2));
        assertFalse(scheduling.deliver(WS.value(), orphan), "its author left: dropped");
        assertFalse(messages.byId.containsKey(orphan));
        assertTrue(scheduled.rows.isEmpty());
    }

    @Test
    void onlyItsAuthorListsOrCancelsAScheduledMessage() {
        UUID id = UUID.randomUUID();
        scheduling.schedule(coach, clientId, id, "Later", null, clock.instant().plusSeconds(600));
        assertEquals(List.of(), scheduling.scheduled(client, clientId));
        assertThrows(NotFoundException.class, () -> scheduling.cancel(client, clientId, id));
        scheduling.cancel(coach, clientId, id);
        assertTrue(scheduled.rows.isEmpty());
    }

    @Test
    void anAnnouncementSendsEachRecipientTheirOwnMessageInBatchesAndCountsItsProgress() {
        UUID id = UUID.randomUUID();
        var started = announcing.announce(coach, id, "Hi {firstName}!", null, null);
        assertEquals(2, started.announcement().total());
        assertThrows(InvalidInputException.class, () -> announcing.announce(coach, UUID.randomUUID(), "Hi {lastName}", null, null));
        assertThrows(AccessDeniedException.class, () -> announcing.announce(client, UUID.randomUUID(), "Hi", null, null));
        assertEquals(1, announcing.sendNext(WS.value(), id, 1));
        assertEquals(Announcement.Status.RUNNING, announcing.progress(coach, id).status());
        assertEquals(1, announcing.sendNext(WS.value(), id, 1));
        Announcement done = announcing.progress(coach, id);
        assertEquals(Announcement.Status.DONE, done.status());
        assertEquals(2, done.sent());
        assertEquals(0, announcing.sendNext(WS.value(), id, 10), "nothing more");
        Message toClient = messages.of(clientId).get(0);
        assertEquals(Announcement.messageId(id, clientId.value()), toClient.id());
        assertTrue(toClient.text().startsWith("Hi Client"), toClient.text());
    }

    /** Scheduled messages in a map; the author's activity from the test's set. */
    final class Scheduled implements ScheduledMessageRepository {
        final Map<UUID, ScheduledMessage> rows = new LinkedHashMap<>();

        @Override
        public Optional<ScheduledMessage> find(WorkspaceId w, UUID id) {
            return Optional.ofNullable(rows.get(id));
        }

        @Override
        public void insert(ScheduledMessage m) {
            rows.put(m.id(), m);
        }

        @Override
        public boolean delete(WorkspaceId w, UUID id) {
            return rows.remove(id) != null;
        }

        @Override
        public List<ScheduledMessage> byAuthor(WorkspaceId w, ClientId c, PersonId author) {
            return rows.values().stream().filter(m -> m.clientId().equals(c) && m.authorId().equals(author)).toList();
        }

        @Override
        public List<UUID[]> due(Instant now, int limit) {
            return rows.values().stream().filter(m -> !m.sendAt().isAfter(now)).map(m -> new UUID[] {WS.value(), m.id()}).limit(limit).toList();
        }

        @Override
        public Optional<Claimed> claim(WorkspaceId w, UUID id, Instant now) {
            return find(w, id).filter(m -> !m.sendAt().isAfter(now)).map(m -> new Claimed(m, active.contains(m.authorId())));
        }
    }

    /** Announcements and their recipients in maps. */
    final class Announcements implements AnnouncementRepository {
        final Map<UUID, Announcement> rows = new HashMap<>();
        final Map<UUID, List<ClientId>> pending = new HashMap<>();

        @Override
        public Optional<Announcement> find(WorkspaceId w, UUID id) {
            return Optional.ofNullable(rows.get(id));
        }

        @Override
        public void insert(Announcement a, List<ClientId> recipients) {
            rows.put(a.id(), a);
            pending.put(a.id(), new ArrayList<>(recipients));
        }

        @Override
        public List<UUID[]> running(int limit) {
            return rows.values().stream().filter(a -> a.status() == Announcement.Status.RUNNING).map(a -> new UUID[] {WS.value(), a.id()}).toList();
        }

        @Override
        public Optional<Claimed> claim(WorkspaceId w, UUID id) {
            return find(w, id).filter(a -> a.status() == Announcement.Status.RUNNING).map(a -> new Claimed(a, active.contains(a.authorId())));
        }

        @Override
        public List<Recipient> pending(WorkspaceId w, UUID id, int limit) {
            return pending.get(id).stream().limit(limit).map(c -> new Recipient(c, "Client " + c.value().toString().substring(0, 4))).toList();
        }

        @Override
        public void progressed(WorkspaceId w, UUID id, List<ClientId> sent, List<ClientId> skipped, Instant now) {
            pending.get(id).removeAll(sent);
            pending.get(id).removeAll(skipped);
            Announcement a = rows.get(id);
            boolean done = pending.get(id).isEmpty();
            rows.put(id, new Announcement(a.id(), a.workspaceId(), a.authorId(), a.text(), a.segmentTag(), a.segmentStatus(), a.total(),
                    a.sent() + sent.size(), a.skipped() + skipped.size(), done ? Announcement.Status.DONE : Announcement.Status.RUNNING,
                    a.createdAt(), done ? now : null));
        }
    }
}
