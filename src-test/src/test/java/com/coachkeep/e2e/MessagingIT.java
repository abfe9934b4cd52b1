package com.coachkeep.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.testing.EventStream;
import com.coachkeep.testing.TestServer;
import com.coachkeep.testing.Workspaces;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A conversation between a coach and a client through the API, end to end: sending by the sender's ids (a resend
 * changes nothing), text kept as sent, an edit and a delete (a tombstone), pages newest first and around a message,
 * read receipts and unread counts in the conversation and the inbox, what a message may be about, who may not read or
 * write; and the live stream on one node: a resume after a dropped connection loses nothing, a foreign caller gets no
 * stream. The stream across two server nodes is {@code MessagingTwoNodesIT}'s.
 */
class MessagingIT {
    static Workspaces.Populated w;
    static String base;

    @BeforeAll
    static void workspace() {
        w = Workspaces.populated("Messaging " + UUID.randomUUID().toString().substring(0, 8));
        base = "/api/v1/workspaces/" + w.id() + "/clients/" + w.clientId() + "/conversation";
    }

    static Response send(String token, String id, Map<String, ?> body) {
        return TestServer.as(token).contentType(ContentType.JSON).body(body).put(base + "/messages/" + id);
    }

    static Response send(String base, String token, String id, String text) {
        return TestServer.as(token).contentType(ContentType.JSON).body(Map.of("text", text)).put(base + "/messages/" + id);
    }

    static Response send(String token, String id, String text) {
        return send(token, id, Map.of("text", text));
    }

    @Test
    void aCoachAndAClientConverseWithReceiptsAnEditADeleteAndAResend() {
        // a client of their own, so that the other tests' messages are not in this conversation
        Object[] added = Workspaces.addClient(w.id(), w.owner().token(), w.coach().membershipId());
        String clientId = (String) added[1];
        String base = "/api/v1/workspaces/" + w.id() + "/clients/" + clientId + "/conversation";
        String coach = w.coach().token();
        String client = ((Workspaces.Member) added[0]).token();
        String first = UUID.randomUUID().toString();
        String html = "Hi! How did <b>Monday's</b> session go? <script>alert(1)</script>";
        Response sent = send(base, coach, first, html);
        assertEquals(201, sent.statusCode(), sent.asString());
        assertEquals(html, sent.path("text"), "stored and answered exactly as sent");
        assertTrue(sent.<Boolean>path("fromStaff"));
        Response resent = send(base, coach, first, html);
        assertEquals(200, resent.statusCode(), "a resend creates nothing: " + resent.asString());
        assertEquals(sent.<Integer>path("seq"), resent.<Integer>path("seq"));
        Response clash = send(base, coach, first, "something else");
        assertEquals(409, clash.statusCode(), clash.asString());
        assertEquals("https://coachkeep.app/problems/id-taken", clash.path("type"));

        // the client has one unread message, reads it, answers twice
        JsonPath inbox = TestServer.as(client).get("/api/v1/workspaces/{w}/conversations", w.id()).then().statusCode(200).extract().jsonPath();
        assertEquals(1, inbox.getInt("totalUnread"), inbox.prettify());
        Response read = TestServer.as(client).contentType(ContentType.JSON).body(Map.of("upTo", first)).put(base + "/read");
        assertEquals(200, read.statusCode(), read.asString());
        assertEquals(0, read.<Integer>path("unread"));
        String answer = UUID.randomUUID().toString();
        assertEquals(201, send(base, client, answer, "Good, but my knee hurt on the last set.").statusCode());
        String typo = UUID.randomUUID().toString();
        assertEquals(201, send(base, client, typo, "Shuld I rest?").statusCode());

        // the coach sees two unread, in the conversation and in the inbox with the total
        assertEquals(2, TestServer.as(coach).get(base).then().statusCode(200).extract().<Integer>path("unread"));
        JsonPath coachInbox = TestServer.as(coach).get("/api/v1/workspaces/{w}/conversations", w.id()).then().statusCode(200).extract()
                .jsonPath();
        assertEquals(2, coachInbox.getInt("totalUnread"), coachInbox.prettify());
        assertEquals(2, coachInbox.getInt("conversations.find { it.clientId == '" + clientId + "' }.unread"), coachInbox.prettify());

        // the coach's dashboard names the client: two messages without an answer
        String dashboard = "/api/v1/workspaces/" + w.id() + "/checkin-review/dashboard";
        JsonPath needs = TestServer.as(coach).get(dashboard).then().statusCode(200).extract().jsonPath();
        assertEquals("unanswered-messages", needs.getString("attention.find { it.clientId == '" + clientId + "' }.kind"), needs.prettify());
        assertTrue(needs.getString("attention.find { it.clientId == '" + clientId + "' }.summary").startsWith("2 messages without an answer"),
                needs.prettify());

        // the client fixes the typo; the coach may not edit the client's message
        Response edited = TestServer.as(client).contentType(ContentType.JSON).body(Map.of("text", "Should I rest?")).patch(base + "/messages/" + typo);
        assertEquals(200, edited.statusCode(), edited.asString());
        assertEquals("Should I rest?", edited.path("text"));
        assertNotNull(edited.path("editedAt"));
        assertTrue(edited.<Integer>path("eventSeq") > edited.<Integer>path("seq"), "an edit is a new event of the conversation");
        Response notOwn = TestServer.as(coach).contentType(ContentType.JSON).body(Map.of("text", "x")).patch(base + "/messages/" + typo);
        assertEquals(409, notOwn.statusCode(), notOwn.asString());
        assertEquals("https://coachkeep.app/problems/message-not-own", notOwn.path("type"));

        // the coach reads up to the latest: the client's receipt and the coach's are both there
        Response coachRead = TestServer.as(coach).contentType(ContentType.JSON).body(Map.of("upTo", typo)).put(base + "/read");
        assertEquals(200, coachRead.statusCode(), coachRead.asString());
        assertEquals(0, coachRead.<Integer>path("unread"));
        List<Map<String, Object>> receipts = coachRead.path("receipts");
        assertEquals(2, receipts.size(), receipts.toString());
        assertTrue(receipts.stream().anyMatch(r -> first.equals(r.get("readUpTo")) && Boolean.FALSE.equals(r.get("staff"))), receipts.toString());
        assertTrue(receipts.stream().anyMatch(r -> typo.equals(r.get("readUpTo")) && Boolean.TRUE.equals(r.get("staff"))), receipts.toString());
        // an older message read again moves nothing back
        TestServer.as(coach).contentType(ContentType.JSON).body(Map.of("upTo", first)).put(base + "/read").then().statusCode(200)
                .body("unread", org.hamcrest.Matchers.equalTo(0));

        // the coach deletes their first message: a tombstone stays in its place, without its text
        Response deleted = TestServer.as(coach).delete(base + "/messages/" + first);
        assertEquals(200, deleted.statusCode(), deleted.asString());
        assertNull(deleted.path("text"));
        assertNotNull(deleted.path("deletedAt"));
        Response editDeleted = TestServer.as(coach).contentType(ContentType.JSON).body(Map.of("text", "x")).patch(base + "/messages/" + first);
        assertEquals(409, editDeleted.statusCode());

        // pages newest first; older with the cursor; around a message
        JsonPath page = TestServer.as(client).get(base + "/messages?limit=2").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(typo, answer), page.getList("messages.id"));
        assertNull(page.get("newerCursor"));
        JsonPath older = TestServer.as(client).get(base + "/messages?limit=2&before=" + page.getLong("olderCursor")).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of(first), older.getList("messages.id"));
        assertNull(older.get("messages[0].text"), "the tombstone carries no text");
        assertNull(older.get("olderCursor"));
        JsonPath around = TestServer.as(coach).get(base + "/messages?limit=3&around=" + answer).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(typo, answer, first), around.getList("messages.id"));

        // once the coach answers, the dashboard no longer names the client
        assertEquals(201, send(base, coach, UUID.randomUUID().toString(), "Rest two days, then we will see.").statusCode());
        JsonPath answered = TestServer.as(coach).get(dashboard).then().statusCode(200).extract().jsonPath();
        assertNull(answered.get("attention.find { it.clientId == '" + clientId + "' }"), answered.prettify());

        // audit
        List<String> kinds = TestServer.as(w.owner().token()).get("/api/v1/workspaces/{w}/audit-events?kind=message&limit=100", w.id())
                .then().statusCode(200).extract().jsonPath().getList("items.kind");
        assertTrue(kinds.containsAll(List.of("message.sent", "message.edited", "message.deleted")), kinds.toString());
    }

    @Test
    void aMessageMayBeAboutAnObjectOfTheSameClientOnly() {
        String coach = w.coach().token();
        String client = w.client().token();
        String logId = UUID.randomUUID().toString();
        TestServer.as(client).contentType(ContentType.JSON).body(Map.of("day", java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1)
                .toString(), "totals", Map.of("calories", 2000, "protein", 150, "carbohydrate", 200, "fat", 60)))
                .put("/api/v1/workspaces/{w}/clients/{c}/nutrition/logs/{l}", w.id(), w.clientId(), logId).then().statusCode(201);
        Response about = send(coach, UUID.randomUUID().toString(), Map.of("text", "Great protein here!", "about",
                Map.of("type", "nutrition-log", "id", logId)));
        assertEquals(201, about.statusCode(), about.asString());
        assertEquals(logId, about.path("about.id"));
        Response missing = send(coach, UUID.randomUUID().toString(), Map.of("text", "And this one?", "about",
                Map.of("type", "workout-log", "id", logId)));
        assertEquals(400, missing.statusCode(), missing.asString());
        assertEquals(List.of("about"), missing.path("errors.field"));
        Response badType = send(coach, UUID.randomUUID().toString(), Map.of("text", "?", "about", Map.of("type", "invoice", "id", logId)));
        assertEquals(400, badType.statusCode(), badType.asString());

        // a check-in of the client's: the coach answers its answers in the conversation
        String ws = "/api/v1/workspaces/" + w.id();
        String formId = TestServer.as(coach).contentType(ContentType.JSON).body(Map.of("name", "Weekly", "questions", List.of(
                Map.of("key", "energy", "type", "scale", "text", "Energy (1–10)?")))).post(ws + "/checkin-forms")
                .then().statusCode(201).extract().path("id");
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        String scheduleId = UUID.randomUUID().toString();
        TestServer.as(coach).contentType(ContentType.JSON).body(Map.of("formId", formId, "kind", "once", "timeZone", "UTC",
                "onDay", today.toString())).put(ws + "/clients/" + w.clientId() + "/checkin-schedules/" + scheduleId)
                .then().statusCode(201);
        String checkinId = UUID.randomUUID().toString();
        TestServer.as(client).contentType(ContentType.JSON).body(Map.of("scheduleId", scheduleId, "occurrenceOn", today.toString(),
                "answers", Map.of("energy", 4))).put(ws + "/clients/" + w.clientId() + "/checkins/" + checkinId).then().statusCode(201);
        Response aboutCheckin = send(coach, UUID.randomUUID().toString(), Map.of("text", "Energy at 4: let us talk sleep.", "about",
                Map.of("type", "checkin", "id", checkinId)));
        assertEquals(201, aboutCheckin.statusCode(), aboutCheckin.asString());
        assertEquals("checkin", aboutCheckin.path("about.type"));
        assertEquals(checkinId, aboutCheckin.path("about.id"));
        // a check-in id that is not this client's (here: a nutrition log's) is not found, the same way
        Response notACheckin = send(coach, UUID.randomUUID().toString(), Map.of("text", "?", "about", Map.of("type", "checkin", "id", logId)));
        assertEquals(400, notACheckin.statusCode(), notACheckin.asString());
        assertEquals(List.of("about"), notACheckin.path("errors.field"));
    }

    @Test
    void aScheduledMessageIsSentWhenDueUnderItsIdAndCanBeCancelledBefore() throws Exception {
        Object[] added = Workspaces.addClient(w.id(), w.owner().token(), w.coach().membershipId());
        String base = "/api/v1/workspaces/" + w.id() + "/clients/" + added[1] + "/conversation";
        String coach = w.coach().token();
        String later = UUID.randomUUID().toString();
        String at = java.time.Instant.now().plusSeconds(3).toString();
        Response scheduled = TestServer.as(coach).contentType(ContentType.JSON).body(Map.of("text", "Good morning! Time to log.",
                "sendAt", at)).put(base + "/messages/" + later);
        assertEquals(202, scheduled.statusCode(), scheduled.asString());
        assertEquals(200, TestServer.as(coach).contentType(ContentType.JSON).body(Map.of("text", "Good morning! Time to log.", "sendAt", at))
                .put(base + "/messages/" + later).statusCode(), "a resend of the schedule creates nothing");
        String cancelled = UUID.randomUUID().toString();
        assertEquals(202, TestServer.as(coach).contentType(ContentType.JSON).body(Map.of("text", "Never mind", "sendAt",
                java.time.Instant.now().plusSeconds(3600).toString())).put(base + "/messages/" + cancelled).statusCode());
        assertEquals(List.of(later, cancelled), TestServer.as(coach).get(base + "/scheduled").then().statusCode(200).extract()
                .<List<String>>path("items.id"));
        assertEquals(List.of(), TestServer.as(((Workspaces.Member) added[0]).token()).get(base + "/messages").then().statusCode(200).extract()
                .<List<String>>path("messages.id"), "nothing is sent before its time");
        assertEquals(204, TestServer.as(coach).delete(base + "/scheduled/" + cancelled).statusCode());
        assertEquals(404, TestServer.as(coach).delete(base + "/scheduled/" + cancelled).statusCode());
        Response past = TestServer.as(coach).contentType(ContentType.JSON).body(Map.of("text", "x", "sendAt", "2020-01-01T00:00:00Z"))
                .put(base + "/messages/" + UUID.randomUUID());
        assertEquals(400, past.statusCode());
        assertEquals(List.of("sendAt"), past.path("errors.field"));

        // the scheduler sends it when due (polling the conversation until it is there)
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(60);
        List<String> sent = List.of();
        while (java.time.Instant.now().isBefore(deadline)) {
            sent = TestServer.as(((Workspaces.Member) added[0]).token()).get(base + "/messages").then().statusCode(200).extract()
                    .path("messages.id");
            if (!sent.isEmpty()) {
                break;
            }
            Thread.sleep(250);
        }
        assertEquals(List.of(later), sent, "sent under its id; the cancelled one never");
        assertEquals(List.of(), TestServer.as(coach).get(base + "/scheduled").then().statusCode(200).extract().<List<String>>path("items"));
    }

    @Test
    void anAnnouncementReachesEachClientOfItsSegmentAsTheirOwnMessageWithItsProgress() throws Exception {
        // a workspace of its own: the owner, two clients tagged "online" (unassigned) and one assigned to the coach (no tag)
        Workspaces.Populated x = Workspaces.populated("Announcements " + UUID.randomUUID().toString().substring(0, 8));
        Object[] second = Workspaces.addClient(x.id(), x.owner().token(), null);
        String key = UUID.randomUUID().toString();
        Response started = TestServer.as(x.owner().token()).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("text", "Hi {firstName}, the gym is closed on Friday.", "tag", "online"))
                .post("/api/v1/workspaces/{w}/announcements", x.id());
        assertEquals(202, started.statusCode(), started.asString());
        String id = started.path("id");
        assertEquals(2, started.<Integer>path("total"));
        assertEquals(403, TestServer.as(x.client().token()).get("/api/v1/workspaces/{w}/announcements/{a}", x.id(), id).statusCode());
        assertEquals(400, TestServer.as(x.owner().token()).contentType(ContentType.JSON).body(Map.of("text", "Hi {lastName}"))
                .post("/api/v1/workspaces/{w}/announcements", x.id()).statusCode(), "an unknown placeholder");
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(60);
        JsonPath progress = null;
        while (java.time.Instant.now().isBefore(deadline)) {
            progress = TestServer.as(x.owner().token()).get("/api/v1/workspaces/{w}/announcements/{a}", x.id(), id).then().statusCode(200)
                    .extract().jsonPath();
            if ("done".equals(progress.getString("status"))) {
                break;
            }
            Thread.sleep(250);
        }
        assertEquals("done", progress.getString("status"), progress.prettify());
        assertEquals(2, progress.getInt("sent"));
        for (Workspaces.Member m : List.of(x.otherClient(), (Workspaces.Member) second[0])) {
            String clientId = m == x.otherClient() ? x.otherClientId() : (String) second[1];
            JsonPath page = TestServer.as(m.token()).get("/api/v1/workspaces/{w}/clients/{c}/conversation/messages", x.id(), clientId).then()
                    .statusCode(200).extract().jsonPath();
            assertEquals(List.of("Hi " + m.person().name().split(" ")[0] + ", the gym is closed on Friday."), page.getList("messages.text"));
        }
        assertEquals(List.of(), TestServer.as(x.client().token()).get("/api/v1/workspaces/{w}/clients/{c}/conversation/messages", x.id(),
                x.clientId()).then().statusCode(200).extract().<List<String>>path("messages"), "outside the segment: nothing");
        Response retried = TestServer.as(x.owner().token()).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("text", "Hi {firstName}, the gym is closed on Friday.", "tag", "online"))
                .post("/api/v1/workspaces/{w}/announcements", x.id());
        assertEquals(id, retried.path("id"), "a retry with the same key makes no second announcement");
    }

    @Test
    void aClientWritingOutsideOfficeHoursGetsAnAutomaticReply() {
        Workspaces.Populated x = Workspaces.populated("Office hours " + UUID.randomUUID().toString().substring(0, 8));
        String hours = "/api/v1/workspaces/" + x.id() + "/messaging/office-hours";
        assertEquals(404, TestServer.as(x.client().token()).get(hours).statusCode(), "none set yet");
        // open one minute a week, a week from now: closed now, whatever the time of this run
        java.time.ZonedDateTime later = java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).plusDays(3);
        String day = later.getDayOfWeek().name().toLowerCase(java.util.Locale.ROOT);
        Map<String, Object> body = Map.of("timeZone", "UTC", "days", List.of(Map.of("day", day, "from", "03:00", "to", "03:01")), "autoReply", true);
        assertEquals(403, TestServer.as(x.coach().token()).contentType(ContentType.JSON).body(body).put(hours).statusCode());
        assertEquals(200, TestServer.as(x.owner().token()).contentType(ContentType.JSON).body(body).put(hours).statusCode());
        assertEquals(day, TestServer.as(x.client().token()).get(hours).then().statusCode(200).extract().path("days[0].day"));
        Response bad = TestServer.as(x.owner().token()).contentType(ContentType.JSON).body(Map.of("timeZone", "Mars/Olympus", "days", List.of(),
                "autoReply", true)).put(hours);
        assertEquals(400, bad.statusCode());
        assertEquals(List.of("timeZone"), bad.path("errors.field"));

        String conversation = "/api/v1/workspaces/" + x.id() + "/clients/" + x.clientId() + "/conversation";
        assertEquals(201, send(conversation, x.client().token(), UUID.randomUUID().toString(), "Late question: rest day tomorrow?").statusCode());
        assertEquals(201, send(conversation, x.client().token(), UUID.randomUUID().toString(), "And one more").statusCode());
        JsonPath page = TestServer.as(x.client().token()).get(conversation + "/messages").then().statusCode(200).extract().jsonPath();
        assertEquals(3, page.getList("messages").size(), page.prettify());
        assertTrue(page.getBoolean("messages[1].automatic"), page.prettify());
        assertNull(page.get("messages[1].authorId"));
        assertTrue(page.getString("messages[1].text").contains("03:00 (UTC)"), page.getString("messages[1].text"));
    }

    static List<String> digestsTo(String email) throws Exception {
        List<String> out = new java.util.ArrayList<>();
        for (com.coachkeep.testing.Mailbox.Mail m : com.coachkeep.testing.Mailbox.mailTo(email)) {
            if (m.message().getSubject().contains("unread message")) {
                out.add(m.text());
            }
        }
        return out;
    }

    static List<String> awaitDigests(String email, int count) throws Exception {
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(120);
        List<String> found = digestsTo(email);
        while (found.size() < count && java.time.Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            found = digestsTo(email);
        }
        return found;
    }

    @Test
    void unreadMessagesAreToldInOneDigestEmailNotOnePerMessage() throws Exception {
        Workspaces.Populated x = Workspaces.populated("Digest " + UUID.randomUUID().toString().substring(0, 8));
        // tell at once (0 minutes), so the test need not wait an hour; the test server looks every 2 seconds (src-test/pom.xml)
        assertEquals(200, TestServer.as(x.owner().token()).contentType(ContentType.JSON).body(Map.of("timeZone", "UTC", "days", List.of(),
                "autoReply", false, "emailUnreadAfterMinutes", 0)).put("/api/v1/workspaces/{w}/messaging/office-hours", x.id()).statusCode());
        String conversation = "/api/v1/workspaces/" + x.id() + "/clients/" + x.clientId() + "/conversation";
        String email = x.client().person().email();
        assertEquals(201, send(conversation, x.coach().token(), UUID.randomUUID().toString(), "Check-in reminder: how was the week?").statusCode());
        List<String> first = awaitDigests(email, 1);
        assertEquals(1, first.size(), "one digest for the unread message");
        assertTrue(first.get(0).contains("Your coaching team: 1 unread"), first.get(0));
        assertFalse(first.get(0).contains("Check-in reminder"), "no message text in an email");
        // two more arrive: one more digest telling all three, not one email each
        assertEquals(201, send(conversation, x.coach().token(), UUID.randomUUID().toString(), "Also: new program starts Monday").statusCode());
        assertEquals(201, send(conversation, x.coach().token(), UUID.randomUUID().toString(), "And bring your belt").statusCode());
        List<String> second = awaitDigests(email, 2);
        assertEquals(2, second.size(), second.toString());
        assertTrue(second.get(1).contains("Your coaching team: 3 unread"), second.get(1));
        // the coach, whose messages these are, is told nothing
        assertTrue(digestsTo(x.coach().person().email()).isEmpty());
    }

    @Test
    void whoMayNotReadOrWriteIsRefusedAndBadInputNamesTheField() {
        // another client of the workspace and the unassigned assistant do not find the conversation
        assertEquals(404, TestServer.as(w.otherClient().token()).get(base).statusCode());
        assertEquals(404, send(w.otherClient().token(), UUID.randomUUID().toString(), "hello").statusCode());
        assertEquals(404, TestServer.as(w.assistant().token()).get(base + "/messages").statusCode());
        // the owner reads every client's
        assertEquals(200, TestServer.as(w.owner().token()).get(base).statusCode());
        Response empty = send(w.coach().token(), UUID.randomUUID().toString(), "   ");
        assertEquals(400, empty.statusCode());
        assertEquals(List.of("text"), empty.path("errors.field"));
        Response tooLong = send(w.coach().token(), UUID.randomUUID().toString(), "x".repeat(4001));
        assertEquals(400, tooLong.statusCode());
        assertEquals(400, TestServer.as(w.coach().token()).get(base + "/messages?before=1&after=2").statusCode());
        assertEquals(400, TestServer.as(w.coach().token()).get(base + "/messages?limit=0").statusCode());
    }

    @Test
    void aResumedStreamLosesNothingAndAForeignCallerGetsNoStream() throws Exception {
        String coach = w.coach().token();
        String url = TestServer.BASE_URL + base + "/events";
        String lastId;
        try (EventStream live = EventStream.open(url, w.client().token(), null)) {
            assertEquals(200, live.status());
            String id = UUID.randomUUID().toString();
            assertEquals(201, send(coach, id, "Live one").statusCode());
            EventStream.Event e = live.next(Duration.ofSeconds(20));
            assertNotNull(e, "the live listener receives the message");
            assertEquals("message", e.name());
            assertTrue(e.data().contains("Live one"), e.data());
            lastId = e.id();
        } // the connection drops
        List<String> missed = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString(), UUID.randomUUID().toString());
        for (String id : missed) {
            assertEquals(201, send(coach, id, "While you were away " + id).statusCode());
        }
        try (EventStream resumed = EventStream.open(url, w.client().token(), lastId)) {
            assertEquals(200, resumed.status());
            for (String id : missed) {
                EventStream.Event e = resumed.next(Duration.ofSeconds(20));
                assertNotNull(e, "missed message " + id);
                assertTrue(e.data().contains(id), "in order: " + e.data());
                assertTrue(Long.parseLong(e.id()) > Long.parseLong(lastId));
                lastId = e.id();
            }
            assertNull(resumed.next(Duration.ofMillis(300)), "nothing twice");
        }
        // another client of the workspace, and a stranger, get no stream at all
        try (EventStream foreign = EventStream.open(url, w.otherClient().token(), "0")) {
            assertEquals(404, foreign.status());
            assertNull(foreign.next(Duration.ofMillis(200)));
        }
        Workspaces.Member stranger = Workspaces.signedIn("stranger");
        try (EventStream foreign = EventStream.open(url, stranger.token(), "0")) {
            assertEquals(404, foreign.status());
        }
    }
}
