package com.coachkeep.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.testing.Leftovers;
import com.coachkeep.testing.TestServer;
import com.coachkeep.testing.Workspaces;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What a stolen database dump shows: {@code pg_dump} of the whole database (every schema, the keystore too) holds
 * none of the sensitive content written through the API (P-ENC-2), and, once a client and a workspace are deleted
 * (and everyone of the workspace deleted their account), no trace of their names, emails or content anywhere, in any
 * table (P-DEL-1, P-DEL-2).
 *
 * <p>Every operation that accepts sensitive content is one line of {@link #SENSITIVE_WRITES}: a feature that adds
 * one (check-in answers, messages, photos, files) adds its line, and its content is then checked in both dumps.
 */
@Tag("promise:P-ENC-2")
@Tag("promise:P-DEL-1")
@Tag("promise:P-DEL-2")
class DatabaseDumpIT {
    private static final Path DUMPS = Path.of("target", "database-dumps");

    /** Where a sensitive write goes: a workspace, one client of it, a staff member's token and the client's own. */
    record Subject(String workspaceId, String clientId, String staffToken, String clientToken) {
    }

    /** One operation that accepts sensitive content, writing {@code marker} through the API about the subject's client. */
    record SensitiveWrite(String what, java.util.function.BiConsumer<Subject, String> write) {
    }

    static final List<SensitiveWrite> SENSITIVE_WRITES = List.of(
            new SensitiveWrite("coach note", (s, marker) -> note(s, marker, null)),
            new SensitiveWrite("coach note with an Idempotency-Key, retried", (s, marker) -> {
                String key = UUID.randomUUID().toString();
                note(s, marker, key);
                note(s, marker, key);
            }),
            new SensitiveWrite("meal name and note, and the day's note, of a nutrition log by the client", DatabaseDumpIT::nutritionLog),
            new SensitiveWrite("habit title and description written by staff for the client", DatabaseDumpIT::habit),
            new SensitiveWrite("workout log notes, by the client", (s, marker) -> assertEquals(201, TestServer.as(s.clientToken())
                    .contentType(ContentType.JSON).body(Map.of("performedOn", "2026-12-01", "notes", marker))
                    .put("/api/v1/workspaces/{w}/clients/{c}/workouts/{l}", s.workspaceId(), s.clientId(), UUID.randomUUID()).statusCode())),
            new SensitiveWrite("a coach's adjustment of the client's program: notes on an exercise and on a set", DatabaseDumpIT::adjustedProgram),
            new SensitiveWrite("a logged set's target carrying the plan's set note, sent by the client's app", (s, marker) -> assertEquals(201,
                    TestServer.as(s.clientToken()).contentType(ContentType.JSON).body(Map.of("performedOn", "2026-12-02", "sets", java.util.List.of(
                            Map.of("id", UUID.randomUUID().toString(), "exerciseId", com.coachkeep.testing.ProgramPlans.exerciseId("back-squat"),
                                    "type", "working", "reps", 5, "load", Map.of("amount", 100, "unit", "kg"),
                                    "target", Map.of("type", "working", "repsMin", 5, "repsMax", 5, "notes", marker)))))
                    .put("/api/v1/workspaces/{w}/clients/{c}/workouts/{l}", s.workspaceId(), s.clientId(), UUID.randomUUID()).statusCode())),
            new SensitiveWrite("check-in answers by the client, and the coach's feedback on them", CheckinFixture::answersAndFeedback),
            new SensitiveWrite("progress photo by the client, the marker in its comment and XMP; its served bytes searched too",
                    DatabaseDumpIT::photo),
            new SensitiveWrite("message text, by staff and by the client, and an edited message's new text", (s, marker) -> {
                String conversation = "/api/v1/workspaces/{w}/clients/{c}/conversation/messages/{m}";
                assertEquals(201, TestServer.as(s.staffToken()).contentType(ContentType.JSON).body(Map.of("text", marker))
                        .put(conversation, s.workspaceId(), s.clientId(), UUID.randomUUID()).statusCode());
                String id = UUID.randomUUID().toString();
                assertEquals(201, TestServer.as(s.clientToken()).contentType(ContentType.JSON).body(Map.of("text", "draft"))
                        .put(conversation, s.workspaceId(), s.clientId(), id).statusCode());
                assertEquals(200, TestServer.as(s.clientToken()).contentType(ContentType.JSON).body(Map.of("text", marker))
                        .patch(conversation, s.workspaceId(), s.clientId(), id).statusCode());
            }),
            new SensitiveWrite("message attachments: a PDF showing the marker by the client, a photo with the marker in its comment and XMP "
                    + "by staff, each sent with a message", DatabaseDumpIT::attachments),
            new SensitiveWrite("a message scheduled to be sent tomorrow, by staff", (s, marker) -> assertEquals(202, TestServer.as(s.staffToken())
                    .contentType(ContentType.JSON).body(Map.of("text", marker, "sendAt", java.time.Instant.now().plusSeconds(86_400).toString()))
                    .put("/api/v1/workspaces/{w}/clients/{c}/conversation/messages/{m}", s.workspaceId(), s.clientId(), UUID.randomUUID())
                    .statusCode())),
            new SensitiveWrite("an announcement's text, by staff", (s, marker) -> assertEquals(202, TestServer.as(s.staffToken())
                    .contentType(ContentType.JSON).body(Map.of("text", marker + " {firstName}"))
                    .post("/api/v1/workspaces/{w}/announcements", s.workspaceId()).statusCode())));

    /** Hex windows of the photos' served bytes: no image bytes may be in the database (they live in the file store). */
    static final List<String> PHOTO_BYTES = new ArrayList<>();

    private static void photo(Subject s, String marker) {
        Response r = TestServer.as(s.clientToken()).contentType("image/jpeg").body(com.coachkeep.infrastructure.image.ImageFixtures.cameraJpeg(96, 64, 1, marker))
                .post("/api/v1/workspaces/{w}/clients/{c}/photos?pose=front&takenOn=2026-12-01", s.workspaceId(), s.clientId());
        assertEquals(201, r.statusCode(), r.asString());
        byte[] served = TestServer.as(s.clientToken()).get(r.<String>path("contentPath")).then().statusCode(200).extract().asByteArray();
        PHOTO_BYTES.add(HexFormat.of().formatHex(java.util.Arrays.copyOfRange(served, served.length / 2, served.length / 2 + 24)));
    }


    private static void attachments(Subject s, String marker) {
        String conversation = "/api/v1/workspaces/" + s.workspaceId() + "/clients/" + s.clientId() + "/conversation";
        Response pdf = TestServer.as(s.clientToken()).contentType("application/pdf")
                .body(com.coachkeep.infrastructure.image.PdfFixtures.onePage(marker)).post(conversation + "/attachments");
        assertEquals(201, pdf.statusCode(), pdf.asString());
        assertEquals(201, TestServer.as(s.clientToken()).contentType(ContentType.JSON).body(Map.of("attachments", List.of(pdf.<String>path("id"))))
                .put(conversation + "/messages/" + UUID.randomUUID()).statusCode());
        Response photo = TestServer.as(s.staffToken()).contentType("image/jpeg")
                .body(com.coachkeep.infrastructure.image.ImageFixtures.cameraJpeg(96, 64, 1, marker)).post(conversation + "/attachments");
        assertEquals(201, photo.statusCode(), photo.asString());
        assertEquals(201, TestServer.as(s.staffToken()).contentType(ContentType.JSON).body(Map.of("attachments", List.of(photo.<String>path("id"))))
                .put(conversation + "/messages/" + UUID.randomUUID()).statusCode());
        byte[] served = TestServer.as(s.staffToken()).get(photo.<String>path("contentPath")).then().statusCode(200).extract().asByteArray();
        PHOTO_BYTES.add(HexFormat.of().formatHex(java.util.Arrays.copyOfRange(served, served.length / 2, served.length / 2 + 24)));
    }

    @Test
    void aDumpHoldsNoSensitiveContentAndAfterTheDeletionsNoTraceOfTheDeleted() throws Exception {
        Workspaces.Populated keep = Workspaces.populated("Dump keep " + UUID.randomUUID().toString().substring(0, 8));
        String goneName = "Dump gone " + UUID.randomUUID().toString().substring(0, 8);
        Workspaces.Populated gone = Workspaces.populated(goneName);
        Subject leaver = new Subject(keep.id(), keep.clientId(), keep.coach().token(), keep.client().token());
        Subject stayer = new Subject(keep.id(), keep.otherClientId(), keep.owner().token(), keep.otherClient().token());
        Subject inGone = new Subject(gone.id(), gone.clientId(), gone.coach().token(), gone.client().token());

        Map<String, String> markers = new LinkedHashMap<>(); // marker -> what wrote it, about whom
        List<String> deletedMarkers = new ArrayList<>();
        for (SensitiveWrite write : SENSITIVE_WRITES) {
            for (Map.Entry<String, Subject> about : Map.of("leaver", leaver, "stayer", stayer, "gone", inGone).entrySet()) {
                String marker = "dump-marker-" + UUID.randomUUID();
                write.write().accept(about.getValue(), marker);
                markers.put(marker, write.what() + " about the " + about.getKey());
                if (!about.getKey().equals("stayer")) {
                    deletedMarkers.add(marker);
                }
            }
        }

        String first = dump("first");
        List<String> found = occurrences(first, markers.keySet());
        System.out.printf("database dump: %d sensitive writes, %d markers written, %d found in plaintext in a dump of %,d bytes%n",
                SENSITIVE_WRITES.size(), markers.size(), found.size(), first.length());
        assertTrue(found.isEmpty(), "sensitive content in plaintext in the dump: " + describe(found, markers)
                + " at " + Leftovers.traces(TestServer.DB_URL, found, Leftovers.everywhere()));
        String lowerFirst = first.toLowerCase(Locale.ROOT);
        assertTrue(!PHOTO_BYTES.isEmpty() && PHOTO_BYTES.stream().noneMatch(lowerFirst::contains), "image bytes in the dump");

        // the client deletes their account; the owner deletes the workspace, and then everyone of it their account
        accountDeleted(keep.client().token());
        TestServer.as(gone.owner().token()).contentType(ContentType.JSON).body(Map.of("confirmName", goneName))
                .delete("/api/v1/workspaces/{w}", gone.id()).then().statusCode(202);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (!"done".equals(TestServer.as(gone.owner().token()).get("/api/v1/workspaces/{w}/deletion", gone.id()).path("state"))) {
            assertTrue(Instant.now().isBefore(deadline), "the workspace's deletion did not finish");
            Thread.sleep(200);
        }
        for (Workspaces.Member m : List.of(gone.owner(), gone.coach(), gone.assistant(), gone.client(), gone.otherClient())) {
            accountDeleted(m.token());
        }

        List<String> traces = new ArrayList<>(deletedMarkers);
        traces.add(goneName);
        for (Workspaces.Member m : List.of(keep.client(), gone.owner(), gone.coach(), gone.assistant(), gone.client(), gone.otherClient())) {
            traces.add(m.person().name());
            traces.add(m.person().email());
        }
        // emails telling of the deletions wait in the outbox with their recipient and names until delivered, then are
        // cleared: wait for that, then the second dump
        String second;
        List<String> left;
        deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            second = dump("second");
            left = occurrences(second, traces);
            if (left.isEmpty() || Instant.now().isAfter(deadline)) {
                break;
            }
            Thread.sleep(500);
        }
        List<String> survivors = occurrences(second, List.of(keep.owner().person().email(), keep.otherClient().person().name()));
        System.out.printf("database dump after the deletions: %d names, emails and markers of the deleted searched, %d found; "
                + "dump of %,d bytes%n", traces.size(), left.size(), second.length());
        assertTrue(left.isEmpty(), "traces of the deleted in the dump: " + left + " at "
                + Leftovers.traces(TestServer.DB_URL, left, Leftovers.everywhere()));
        assertEquals(2, survivors.size(), "the dump does hold the live workspace's people (the search works): " + survivors);
    }

    private static void note(Subject s, String marker, String idempotencyKey) {
        var request = TestServer.as(s.staffToken()).contentType(ContentType.JSON).body(Map.of("body", marker));
        if (idempotencyKey != null) {
            request = request.header("Idempotency-Key", idempotencyKey);
        }
        Response r = request.post("/api/v1/workspaces/{w}/clients/{c}/notes", s.workspaceId(), s.clientId());
        assertEquals(201, r.statusCode(), r.asString());
    }

    private static void nutritionLog(Subject s, String marker) {
        String day = java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1).toString();
        Response r = TestServer.as(s.clientToken()).contentType(ContentType.JSON).body(Map.of("day", day, "note", marker, "meals",
                        List.of(Map.of("name", marker, "note", marker, "calories", 500, "protein", 30, "carbohydrate", 50, "fat", 15))))
                .put("/api/v1/workspaces/{w}/clients/{c}/nutrition/logs/{l}", s.workspaceId(), s.clientId(), UUID.randomUUID());
        assertEquals(201, r.statusCode(), r.asString());
    }

    private static void habit(Subject s, String marker) {
        Response r = TestServer.as(s.staffToken()).contentType(ContentType.JSON)
                .body(Map.of("title", marker, "description", marker, "schedule", "daily"))
                .put("/api/v1/workspaces/{w}/clients/{c}/habits/{h}", s.workspaceId(), s.clientId(), UUID.randomUUID());
        assertEquals(201, r.statusCode(), r.asString());
    }

    /** A template (no marker: it is the workspace's library) assigned to the client, whose copy the coach annotates. */
    @SuppressWarnings("unchecked")
    private static void adjustedProgram(Subject s, String marker) {
        String programs = "/api/v1/workspaces/{w}/clients/{c}/programs";
        String template = TestServer.as(s.staffToken()).contentType(ContentType.JSON)
                .body(com.coachkeep.testing.ProgramPlans.template("Dump program", com.coachkeep.testing.ProgramPlans.lowerRestUpper(1, 100, 80)))
                .post("/api/v1/workspaces/{w}/program-templates", s.workspaceId()).then().statusCode(201).extract().path("id");
        Response assigned = TestServer.as(s.staffToken()).contentType(ContentType.JSON)
                .body(Map.of("templateId", template, "startDate", java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString()))
                .post(programs, s.workspaceId(), s.clientId());
        assertEquals(201, assigned.statusCode(), assigned.asString());
        Map<String, Object> plan = com.coachkeep.testing.ProgramPlans.withLoad(assigned.path("plan"), "back-squat", 90);
        Map<String, Object> entry = plan;
        for (String list : List.of("phases", "weeks", "days", "blocks", "entries")) {
            entry = ((List<Map<String, Object>>) entry.get(list)).get(0);
        }
        entry.put("notes", marker);
        ((Map<String, Object>) ((List<Object>) entry.get("sets")).get(0)).put("notes", marker);
        Response adjusted = TestServer.as(s.staffToken()).contentType(ContentType.JSON).header("If-Match", assigned.header("ETag"))
                .body(Map.of("plan", plan)).put(programs + "/{p}", s.workspaceId(), s.clientId(), assigned.path("id"));
        assertEquals(200, adjusted.statusCode(), adjusted.asString());
        assertEquals(marker, adjusted.path("plan.phases[0].weeks[0].days[0].blocks[0].entries[0].sets[0].notes"), "the adjustment is read back");
    }

    private static void accountDeleted(String token) {
        Response r = TestServer.as(token).contentType(ContentType.JSON).body(Map.of("confirm", true)).delete("/api/v1/me");
        assertEquals(200, r.statusCode(), r.asString());
    }

    /**
     * Which values the dump holds, as text (case-insensitively) or as the hex form {@code pg_dump} writes byte strings
     * in, so a value stored unencrypted in a {@code bytea} column is found too.
     */
    static List<String> occurrences(String dump, java.util.Collection<String> values) {
        String lower = dump.toLowerCase(Locale.ROOT);
        List<String> found = new ArrayList<>();
        for (String v : values) {
            String hex = HexFormat.of().formatHex(v.getBytes(StandardCharsets.UTF_8));
            if (lower.contains(v.toLowerCase(Locale.ROOT)) || lower.contains(hex)) {
                found.add(v);
            }
        }
        return found;
    }

    private static String describe(List<String> found, Map<String, String> markers) {
        return found.stream().map(m -> m + " (" + markers.get(m) + ")").toList().toString();
    }

    /** A plain-text {@code pg_dump} of the whole test database, as its superuser, kept under target/ for a look. */
    static String dump(String name) throws IOException, InterruptedException {
        TestServer.awaitReady();
        Files.createDirectories(DUMPS);
        Path out = DUMPS.resolve(name + ".sql");
        URI db = URI.create(TestServer.DB_URL.substring("jdbc:".length()));
        Process p = new ProcessBuilder(System.getProperty("coachkeep.test.pgDump", "pg_dump"), "--format=plain", "--no-password",
                "--dbname=postgresql://" + db.getRawAuthority() + db.getRawPath(), "--username=postgres")
                .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.PIPE).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), "pg_dump did not finish");
        assertEquals(0, p.exitValue(), "pg_dump failed: " + err);
        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(text.contains("CREATE TABLE keystore.data_key") && text.contains("COPY public.coach_note"),
                "the dump holds every schema");
        return text;
    }
}
