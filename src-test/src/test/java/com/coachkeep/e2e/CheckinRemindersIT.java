package com.coachkeep.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.infrastructure.image.ImageFixtures;
import com.coachkeep.infrastructure.platform.EmbeddedDatabase;
import com.coachkeep.testing.OwnServer;
import com.coachkeep.testing.TestServer;
import com.coachkeep.testing.Tokens;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Check-in reminders and overdue notices, end to end, received by a real SMTP server (GreenMail): a Liberty server of
 * the test's own ({@link OwnServer}) with a database of its own, sending through SMTP, its reminder job running every
 * two seconds. The flow form → schedule → reminder email → submission with photos → review → locked; two forms due make
 * one email naming both; a client who turned check-in reminders off gets none; an overdue notice is sent once.
 *
 * <p>The clients live in a fixed-offset zone where it is now about noon, so their check-in due today is past the
 * reminder's 07:00 whatever the hour the test runs.
 */
class CheckinRemindersIT {
    static final int HTTP_PORT = Integer.getInteger("coachkeep.test.ownServer.httpPort", 19180);
    static final int HTTPS_PORT = Integer.getInteger("coachkeep.test.ownServer.httpsPort", 19543);
    static final int DB_PORT = Integer.getInteger("coachkeep.test.ownServer.dbPort", 25532);
    static final Path DATA = Path.of("target/checkin-reminders-it-data").toAbsolutePath();
    static final Pattern INVITATION = Pattern.compile("/invitations/([A-Za-z0-9_-]{20,})");

    static EmbeddedDatabase.Running database;
    static GreenMail smtp;
    static OwnServer server;
    static String owner;
    static String workspaceId;
    static ZoneId zone;
    static LocalDate today;

    @BeforeAll
    static void serverWithSmtp() throws Exception {
        TestServer.awaitReady();
        if (Files.exists(DATA)) {
            try (Stream<Path> files = Files.walk(DATA)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(DATA);
        database = new EmbeddedDatabase().start(DATA.resolve("postgres"), DB_PORT);
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        Path shared = TestServer.DATA_DIR.toAbsolutePath();
        Map<String, String> env = new java.util.HashMap<>();
        env.put("COACHKEEP_HTTP_PORT", String.valueOf(HTTP_PORT));
        env.put("COACHKEEP_HTTPS_PORT", String.valueOf(HTTPS_PORT));
        env.put("COACHKEEP_DATA_DIR", DATA.toString());
        env.put("COACHKEEP_DB_URL", database.jdbcUrl());
        env.put("COACHKEEP_APP_URL", "http://localhost:" + HTTP_PORT);
        // the build's test server's development issuer: the tests' tokens are valid here too
        env.put("COACHKEEP_DEV_ISSUER_ISSUER", TestServer.ISSUER);
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", shared.resolve("dev-issuer/jwks.json").toString());
        env.put("COACHKEEP_MAIL_TRANSPORT", "smtp");
        env.put("COACHKEEP_MAIL_SMTP_HOST", "127.0.0.1");
        env.put("COACHKEEP_MAIL_SMTP_PORT", String.valueOf(smtp.getSmtp().getPort()));
        env.put("COACHKEEP_MAIL_SMTP_STARTTLS", "off");
        env.put("COACHKEEP_CHECKIN_REMINDER_INTERVAL_SECONDS", "2");
        env.put("COACHKEEP_BACKUP_ENABLED", "false");
        env.put("COACHKEEP_RATELIMIT_ADDRESS_LIMIT", "10000000");
        server = new OwnServer("coachkeep-reminders-" + HTTP_PORT, HTTP_PORT, env);
        server.start();

        // a zone where it is about noon now: today's occurrence is due and past 07:00; yesterday's is late
        int offset = 12 - ZonedDateTime.now(ZoneOffset.UTC).getHour();
        zone = ZoneId.of(offset == 0 ? "Etc/GMT" : "Etc/GMT" + (offset > 0 ? "-" : "+") + Math.abs(offset));
        today = LocalDate.now(zone);
        Tokens.Person o = Tokens.Person.fresh("owner");
        owner = Tokens.valid(o);
        workspaceId = as(owner).contentType(ContentType.JSON).body(Map.of("name", "Reminders " + UUID.randomUUID().toString().substring(0, 8),
                "timezone", "Europe/Berlin", "currency", "EUR", "locale", "en")).post("/api/v1/workspaces").then().statusCode(201).extract().path("id");
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
        if (database != null) {
            database.close();
        }
    }

    static RequestSpecification as(String token) {
        return RestAssured.given().baseUri(server.baseUrl()).header("Authorization", "Bearer " + token);
    }

    static Response send(String token, String method, String path, Object body) {
        return as(token).contentType(ContentType.JSON).body(body).request(method, "/api/v1/workspaces/" + workspaceId + path);
    }

    /** A client put on the roster, who accepts the invitation that reached the SMTP server: [token, clientId, email]. */
    static String[] client(String label) throws Exception {
        String[] c = invited(label);
        accept(c);
        return c;
    }

    /** A client on the roster who has not accepted yet (no sign-in: nothing can be emailed to them): [token, clientId, email]. */
    static String[] invited(String label) {
        Tokens.Person p = Tokens.Person.fresh(label);
        String clientId = send(owner, "POST", "/clients", Map.of("displayName", p.name(), "email", p.email())).then().statusCode(201).extract()
                .path("id");
        return new String[] {Tokens.valid(p), clientId, p.email()};
    }

    static void accept(String[] client) throws Exception {
        String text = await(client[2], "invited", 1).get(0);
        Matcher m = INVITATION.matcher(text);
        assertTrue(m.find(), text);
        as(client[0]).post("/api/v1/invitations/{t}/accept", m.group(1)).then().statusCode(200);
    }

    static String form(String name) {
        return send(owner, "POST", "/checkin-forms", Map.of("name", name, "questions", List.of(
                Map.of("key", "energy", "type", "scale", "text", "Energy this week (1–10)?"),
                Map.of("key", "wins", "type", "long_text", "text", "Wins of the week?", "required", false)))).then().statusCode(201).extract().path("id");
    }

    static String schedule(String clientId, String formId, LocalDate weekdayOf, int graceDays) {
        String id = UUID.randomUUID().toString();
        Response r = send(owner, "PUT", "/clients/" + clientId + "/checkin-schedules/" + id, Map.of("formId", formId, "kind", "weekly",
                "weekday", weekdayOf.getDayOfWeek().name().toLowerCase(Locale.ROOT), "timeZone", zone.getId(), "startsOn",
                today.minusDays(14).toString(), "graceDays", graceDays));
        assertEquals(201, r.statusCode(), r.asString());
        return id;
    }

    // ------------------------------------------------------------------ the SMTP server's mail

    /** The plain-text bodies of the emails GreenMail received for {@code email} whose subject contains {@code subject}. */
    static List<String> received(String email, String subject) throws Exception {
        List<String> out = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            boolean to = m.getAllRecipients() != null && Stream.of(m.getAllRecipients())
                    .anyMatch(a -> ((InternetAddress) a).getAddress().equalsIgnoreCase(email));
            if (to && m.getSubject().contains(subject)) {
                out.add(m.getSubject() + "\n" + text(m) + "\nList-Unsubscribe: " + m.getHeader("List-Unsubscribe", ","));
            }
        }
        return out;
    }

    static String text(Part p) throws Exception {
        if (p.isMimeType("text/plain")) {
            return (String) p.getContent();
        }
        if (p.getContent() instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                String t = text(part);
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }

    static List<String> await(String email, String subject, int count) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        List<String> found = received(email, subject);
        while (found.size() < count && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            found = received(email, subject);
        }
        return found;
    }

    static long count(String sql, Object... params) throws Exception {
        try (Connection c = database.dataSource("postgres").getConnection(); PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                p.setObject(i + 1, params[i]);
            }
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    static void execute(String sql, Object... params) throws Exception {
        try (Connection c = database.dataSource("postgres").getConnection(); PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                p.setObject(i + 1, params[i]);
            }
            p.executeUpdate();
        }
    }

    /** Waits until the reminder job has run again after now: a fresh client's reminder, queued by a later run, arrives. */
    static void awaitAnotherRun() throws Exception {
        String[] probe = client("probe");
        schedule(probe[1], form("Probe " + UUID.randomUUID()), today, 1);
        assertEquals(1, await(probe[2], "check-in", 1).size(), "the reminder job runs again");
    }

    // ------------------------------------------------------------------ tests

    @Test
    void formScheduleReminderEmailSubmissionWithPhotosReviewAndLocked() throws Exception {
        String[] dana = client("dana");
        String formId = form("Weekly check-in");
        String scheduleId = schedule(dana[1], formId, today, 2);

        // the reminder reaches the SMTP server: the form, its day, the workspace, a one-click unsubscribe
        List<String> reminders = await(dana[2], "check-in", 1);
        assertEquals(1, reminders.size(), "one reminder");
        String reminder = reminders.get(0);
        assertTrue(reminder.startsWith("Your check-in for Reminders ") && reminder.contains("is due today"), reminder);
        assertTrue(reminder.contains("- Weekly check-in (" + today.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)),
                reminder);
        assertTrue(reminder.contains("/email/unsubscribe?token=") && reminder.contains("category=checkin-reminders"), reminder);
        assertEquals(1, count("select count(*) from checkin_reminder where schedule_id = ?::uuid and kind = 'REMINDER'", scheduleId));

        // the client uploads the day's photos and submits
        String base = "/clients/" + dana[1];
        for (String pose : List.of("front", "side")) {
            as(dana[0]).contentType("image/jpeg").body(ImageFixtures.cameraJpeg(400, 300, 6))
                    .post("/api/v1/workspaces/" + workspaceId + base + "/photos?pose=" + pose + "&takenOn=" + today).then().statusCode(201);
        }
        String checkinId = UUID.randomUUID().toString();
        Response submitted = send(dana[0], "PUT", base + "/checkins/" + checkinId, Map.of("scheduleId", scheduleId, "occurrenceOn", today.toString(),
                "answers", Map.of("energy", 8, "wins", "Slept 8 hours"), "metrics", List.of(Map.of("type", "bodyweight", "value", 70.5, "unit", "kg"))));
        assertEquals(201, submitted.statusCode(), submitted.asString());

        // the coach (here the owner) sees the check-in in the queue and the day's photos, and reviews it
        assertNotNull(as(owner).get("/api/v1/workspaces/" + workspaceId + "/checkin-review/queue").then().statusCode(200).extract()
                .path("items.find { it.checkinId == '" + checkinId + "' }"));
        List<String> poses = as(owner).get("/api/v1/workspaces/" + workspaceId + base + "/photos").then().statusCode(200).extract()
                .path("items.findAll { it.takenOn == '" + today + "' }.pose");
        assertEquals(List.of("front", "side"), poses.stream().sorted().toList());
        send(owner, "POST", base + "/checkins/" + checkinId + "/review", Map.of("feedback", "Great week")).then().statusCode(200);

        // locked: the client can no longer change it; the occurrence is submitted
        Response locked = send(dana[0], "PUT", base + "/checkins/" + checkinId, Map.of("answers", Map.of("energy", 1)));
        assertEquals(409, locked.statusCode(), locked.asString());
        assertTrue(locked.asString().contains("checkin-reviewed"), locked.asString());
        assertEquals("Great week", as(dana[0]).get("/api/v1/workspaces/" + workspaceId + base + "/checkins/" + checkinId).then().statusCode(200)
                .extract().path("feedback"));
        List<Map<String, Object>> occurrences = as(dana[0]).get("/api/v1/workspaces/" + workspaceId + base + "/checkin-schedules").then()
                .statusCode(200).extract().path("items[0].occurrences");
        assertEquals("submitted", occurrences.stream().filter(o -> o.get("day").equals(today.toString())).findFirst().orElseThrow().get("status"));

        // the job keeps running: no second reminder for the same occurrence
        awaitAnotherRun();
        assertEquals(1, received(dana[2], "check-in").size());
    }

    @Test
    void twoFormsDueMakeOneEmailNamingBoth() throws Exception {
        // both schedules are made before the client signs in, so the first run that can email them sees both
        String[] eli = invited("eli");
        schedule(eli[1], form("Weekly check-in"), today, 1);
        schedule(eli[1], form("Habits review"), today, 1);
        accept(eli);
        List<String> emails = await(eli[2], "check-in", 1);
        assertEquals(1, emails.size(), emails.toString());
        String email = emails.get(0);
        assertTrue(email.startsWith("Your check-ins for ") && email.contains("are due today"), email);
        assertTrue(email.contains("- Habits review (") && email.contains("- Weekly check-in ("), email);
        assertTrue(email.contains("one email for all of your check-ins"), email);
        awaitAnotherRun();
        assertEquals(1, received(eli[2], "check-in").size(), "one email, not one per form, and not again");
        assertEquals(2, count("select count(*) from checkin_reminder where client_id = ?::uuid and kind = 'REMINDER'", eli[1]));
    }

    @Test
    void aClientWhoTurnedCheckinRemindersOffGetsNone() throws Exception {
        String[] finn = client("finn");
        as(finn[0]).contentType(ContentType.JSON).body(Map.of("checkinReminders", false)).put("/api/v1/me/notification-preferences").then()
                .statusCode(200);
        schedule(finn[1], form("Weekly check-in"), today, 1);
        // the run that finds the occurrence records it and queues the email; the outbox suppresses it at delivery
        Instant deadline = Instant.now().plusSeconds(90);
        while (count("select count(*) from outbox_message where idempotency_key like ? and status = 'SUPPRESSED'", "checkin-reminder:" + finn[1] + ":%")
                == 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        assertEquals(1, count("select count(*) from outbox_message where idempotency_key like ? and status = 'SUPPRESSED'",
                "checkin-reminder:" + finn[1] + ":%"));
        awaitAnotherRun();
        assertEquals(List.of(), received(finn[2], "check-in"), "nothing reached the SMTP server");
        assertEquals(1, count("select count(*) from outbox_message where idempotency_key like ?", "checkin-reminder:" + finn[1] + ":%"));
    }

    @Test
    void anOverdueNoticeIsSentOnceWhenTheOccurrenceIsLate() throws Exception {
        String[] gil = client("gil");
        LocalDate yesterday = today.minusDays(1);
        String scheduleId = schedule(gil[1], form("Weekly check-in"), yesterday, 2);
        // the schedule existed before yesterday's deadline (made through the API just now, it would not have asked for it)
        execute("update checkin_schedule set created_at = created_at - interval '3 days' where id = ?::uuid", scheduleId);
        List<String> notices = await(gil[2], "overdue", 1);
        assertEquals(1, notices.size(), "one overdue notice");
        String notice = notices.get(0);
        assertTrue(notice.contains("Overdue, and still accepted") && notice.contains("you can still send it until the end of "
                + yesterday.plusDays(2).getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)), notice);
        assertFalse(notice.contains("Due today"), notice);
        awaitAnotherRun();
        awaitAnotherRun();
        assertEquals(1, received(gil[2], "check-in").size(), "sent once");
        assertEquals(1, count("select count(*) from checkin_reminder where schedule_id = ?::uuid and kind = 'OVERDUE'", scheduleId));
        // the client can still send it, late
        Response late = send(gil[0], "PUT", "/clients/" + gil[1] + "/checkins/" + UUID.randomUUID(), Map.of("scheduleId", scheduleId, "occurrenceOn",
                yesterday.toString(), "answers", Map.of("energy", 5)));
        assertEquals(201, late.statusCode(), late.asString());

        // the client's export holds the record of what was sent (reminders.csv); deleting their account erases it
        Response export = as(gil[0]).post("/api/v1/workspaces/" + workspaceId + "/clients/me/exports");
        assertEquals(202, export.statusCode(), export.asString());
        String url = null;
        Instant deadline = Instant.now().plusSeconds(90);
        while (url == null && Instant.now().isBefore(deadline)) {
            Response r = as(gil[0]).get("/api/v1/workspaces/" + workspaceId + "/exports/" + export.path("id"));
            assertEquals(200, r.statusCode(), r.asString());
            url = "ready".equals(r.path("state")) ? r.path("download.url") : null;
            if (url == null) {
                Thread.sleep(250);
            }
        }
        assertNotNull(url, "the export is ready");
        java.net.URI u = java.net.URI.create(url);
        byte[] archive = as(gil[0]).get(u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery())).then().statusCode(200).extract()
                .asByteArray();
        String reminders = null;
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(archive))) {
            for (java.util.zip.ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().endsWith("reminders.csv")) {
                    reminders = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        assertNotNull(reminders, "reminders.csv in the export");
        assertTrue(reminders.contains(scheduleId + "," + yesterday + ",overdue,"), reminders);
        as(gil[0]).contentType(ContentType.JSON).body(Map.of("confirm", true)).delete("/api/v1/me").then().statusCode(200);
        deadline = Instant.now().plusSeconds(60);
        while (count("select count(*) from checkin_reminder where client_id = ?::uuid", gil[1]) > 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
        }
        assertEquals(0, count("select count(*) from checkin_reminder where client_id = ?::uuid", gil[1]), "erased with the client");
    }
}
