package com.coachkeep.messaging.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.messaging.application.port.in.MessagePage;
import com.coachkeep.messaging.application.port.in.SentView;
import com.coachkeep.messaging.domain.Message;
import com.coachkeep.messaging.domain.MessageRuleException;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.AccessDeniedException;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.ConflictException;
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
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MessageServiceTest {
    static final WorkspaceId WS = WorkspaceId.newId();

    MutableClock clock = new MutableClock(Instant.parse("2026-06-15T10:00:00Z"));
    MessagingFakes.Roster roster = new MessagingFakes.Roster();
    MessagingFakes.Messages messages = new MessagingFakes.Messages();
    MessagingFakes.Events events = new MessagingFakes.Events();
    RecordingAuditTrail audit = new RecordingAuditTrail();
    MessagingFakes.Hours hours = new MessagingFakes.Hours(messages);
    MessagingFakes.Attachments attachments = new MessagingFakes.Attachments();
    MessagingFakes.Files files = new MessagingFakes.Files();
    MessageService service = new MessageService(messages, attachments, files, (w, c, ref) -> ref.type().equals("nutrition-log"), hours, events, roster, roster,
            audit, clock);

    Actor coach;
    Actor assistant;
    Actor client;
    Actor otherClient;
    ClientId clientId = ClientId.newId();
    ClientId otherClientId = ClientId.newId();

    @BeforeEach
    void people() {
        coach = new Actor(PersonId.newId(), WS, MembershipId.newId(), "coach", true, Role.COACH.permissions());
        assistant = new Actor(PersonId.newId(), WS, MembershipId.newId(), "assistant", true, Role.ASSISTANT.permissions());
        client = new Actor(PersonId.newId(), WS, MembershipId.newId(), "client", false, Role.CLIENT.permissions());
        otherClient = new Actor(PersonId.newId(), WS, MembershipId.newId(), "client", false, Role.CLIENT.permissions());
        roster.clients.put(clientId, new MessagingFakes.Roster.Entry(client.personId(), coach.membershipId()));
        roster.clients.put(otherClientId, new MessagingFakes.Roster.Entry(otherClient.personId(), null));
    }

    UUID send(Actor a, String text) {
        UUID id = UUID.randomUUID();
        service.send(a, clientId, id, text, null);
        return id;
    }

    @Test
    void aResendCreatesNothingAndTheSameIdWithOtherContentIsAConflict() {
        UUID id = UUID.randomUUID();
        SentView first = service.send(coach, clientId, id, "Hello <b>there</b>", null);
        assertTrue(first.created());
        assertEquals("Hello <b>there</b>", first.message().message().text(), "kept as sent");
        SentView again = service.send(coach, clientId, id, "Hello <b>there</b>", null);
        assertFalse(again.created());
        assertEquals(1, messages.byId.size());
        assertEquals(1, events.published.size(), "a resend publishes nothing");
        assertThrows(ConflictException.class, () -> service.send(coach, clientId, id, "Other", null));
        assertThrows(ConflictException.class, () -> service.send(client, clientId, id, "Hello <b>there</b>", null), "another author");
    }

    @Test
    void unreadCountsFollowTheReadPointersOfEachSide() {
        UUID a = send(coach, "one");
        send(coach, "two");
        assertEquals(2, service.conversation(client, clientId).unread());
        assertEquals(0, service.conversation(coach, clientId).unread());
        service.markRead(client, clientId, a);
        assertEquals(1, service.conversation(client, clientId).unread());
        UUID answer = send(client, "answer");
        assertEquals(1, service.conversation(coach, clientId).unread());
        assertEquals(1, service.inbox(coach, 10).totalUnread());
        service.markRead(coach, clientId, answer);
        service.markRead(coach, clientId, a); // backwards: nothing moves
        assertEquals(0, service.conversation(coach, clientId).unread());
        assertEquals(2, service.conversation(coach, clientId).receipts().size());
    }

    @Test
    void editAndDeleteByTheAuthorWithinTheWindowLeaveATombstone() {
        UUID id = send(client, "Shuld I rest?");
        assertThrows(MessageRuleException.class, () -> service.edit(coach, clientId, id, "x"));
        Message edited = service.edit(client, clientId, id, "Should I rest?").message();
        assertEquals("Should I rest?", edited.text());
        assertTrue(edited.eventSeq() > edited.seq());
        Message gone = service.delete(client, clientId, id).message();
        assertNull(gone.text());
        assertTrue(gone.deleted());
        assertEquals(gone, service.delete(client, clientId, id).message(), "deleting again changes nothing");
        assertThrows(MessageRuleException.class, () -> service.edit(client, clientId, id, "back"));
        UUID late = send(client, "late");
        clock.advance(Message.EDIT_WINDOW.plus(Duration.ofSeconds(1)));
        MessageRuleException e = assertThrows(MessageRuleException.class, () -> service.edit(client, clientId, late, "later"));
        assertEquals("edit-window-closed", e.code());
        assertEquals(List.of("message.sent", "message.edited", "message.deleted", "message.sent"), audit.records.stream()
                .map(r -> r.action()).toList());
    }

    @Test
    void pagesAreNewestFirstWithCursorsAndAroundAMessage() {
        List<UUID> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++) {
            ids.add(send(i % 2 == 0 ? coach : client, "m" + i));
        }
        MessagePage newest = service.page(coach, clientId, null, null, null, 3);
        assertEquals(List.of(ids.get(6), ids.get(5), ids.get(4)), newest.messages().stream().map(v -> v.message().id()).toList());
        assertNull(newest.newerCursor());
        MessagePage older = service.page(coach, clientId, newest.olderCursor(), null, null, 3);
        assertEquals(List.of(ids.get(3), ids.get(2), ids.get(1)), older.messages().stream().map(v -> v.message().id()).toList());
        MessagePage around = service.page(coach, clientId, null, null, ids.get(3), 3);
        assertEquals(List.of(ids.get(4), ids.get(3), ids.get(2)), around.messages().stream().map(v -> v.message().id()).toList());
        assertThrows(InvalidInputException.class, () -> service.page(coach, clientId, 1L, 2L, null, 3));
        assertThrows(InvalidInputException.class, () -> service.page(coach, clientId, null, null, null, 0));
    }

    @Test
    void eventsAfterANumberAreEveryChangeInOrder() {
        UUID a = send(coach, "a");
        send(client, "b");
        service.edit(coach, clientId, a, "a, edited");
        List<Message> after1 = service.eventsAfter(client, clientId, 1, 10).stream().map(v -> v.message()).toList();
        assertEquals(List.of("b", "a, edited"), after1.stream().map(Message::text).toList());
        assertEquals(List.of(2L, 3L), after1.stream().map(Message::eventSeq).toList());
    }

    @Test
    void aClientWritingOutsideOfficeHoursGetsOneAutomaticReplyNamingTheNextOpening() {
        hours.hours = new com.coachkeep.messaging.domain.OfficeHours(java.time.ZoneId.of("Europe/Berlin"), java.util.Map.of(
                java.time.DayOfWeek.MONDAY, new com.coachkeep.messaging.domain.OfficeHours.Window(java.time.LocalTime.of(9, 0),
                        java.time.LocalTime.of(17, 0))), true);
        clock.set(Instant.parse("2026-06-13T20:00:00Z")); // a Saturday evening in Berlin
        send(client, "Are we training on Monday?");
        send(client, "And can I bring a friend?");
        List<Message> all = messages.of(clientId);
        assertEquals(3, all.size(), "one automatic reply for two messages");
        Message reply = all.get(1);
        assertTrue(reply.automatic() && reply.fromStaff());
        assertTrue(reply.text().contains("Monday 09:00 (Europe/Berlin)"), reply.text());
        clock.set(Instant.parse("2026-06-15T08:00:00Z")); // Monday 10:00 in Berlin: open
        send(client, "Hello?");
        send(coach, "Yes, see you Monday!");
        assertEquals(5, messages.of(clientId).size(), "no reply while open, and none to staff");
    }

    @Test
    void whoMayNotReachTheConversationFindsNothingOrIsRefused() {
        send(coach, "hi");
        assertThrows(NotFoundException.class, () -> service.conversation(otherClient, clientId));
        assertThrows(NotFoundException.class, () -> service.send(otherClient, clientId, UUID.randomUUID(), "x", null));
        assertThrows(NotFoundException.class, () -> service.eventsAfter(assistant, clientId, 0, 10), "not assigned to the assistant");
        assertThrows(AccessDeniedException.class, () -> service.send(assistant, otherClientId, UUID.randomUUID(), "x", null),
                "an assistant does not send");
        assertThrows(InvalidInputException.class, () -> service.send(coach, clientId, UUID.randomUUID(), " ", null));
        assertThrows(InvalidInputException.class, () -> service.send(coach, clientId, UUID.randomUUID(), "x".repeat(4001), null));
        assertThrows(InvalidInputException.class, () -> service.send(coach, clientId, UUID.randomUUID(), "about",
                new Message.Reference("workout-log", UUID.randomUUID())));
        assertEquals(1, messages.byId.size(), "nothing refused was stored");
    }
}
