package com.coachkeep.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.testing.Exports;
import com.coachkeep.testing.Mailbox;
import com.coachkeep.testing.TestServer;
import com.coachkeep.testing.Workspaces;
import com.coachkeep.testing.Workspaces.Populated;
import io.restassured.response.Response;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Self-service export end to end: the owner exports a populated workspace and a client their own data, each as a
 * background job polled until ready, downloaded through a short-lived link and unzipped here; the contents are
 * compared with what the workspace holds.
 */
@Tag("promise:P-EXP-1")
class ExportIT {
    static Populated w;
    static String ownerExport;

    @BeforeAll
    static void populatedWorkspaceAndTheOwnersExport() {
        w = Workspaces.populated("Export Gym " + Instant.now().toEpochMilli());
        Response r = TestServer.as(w.owner().token()).post("/api/v1/workspaces/{w}/exports", w.id());
        assertEquals(202, r.statusCode(), r.asString());
        ownerExport = r.path("id");
        assertTrue(r.header("Location").endsWith("/api/v1/workspaces/" + w.id() + "/exports/" + ownerExport), r.header("Location"));
        assertEquals("workspace", r.path("scope"));
        assertTrue(List.of("queued", "running", "ready").contains(r.<String>path("state")), r.asString());
        awaitReady(w.owner().token(), ownerExport);
    }

    @Test
    void theOwnersArchiveHoldsTheWholeWorkspaceWithNotesDecryptedAndAReadme() throws IOException {
        Response ready = awaitReady(w.owner().token(), ownerExport);
        Map<String, Object> progress = ready.path("progress");
        assertFalse(progress.isEmpty());
        progress.values().forEach(state -> assertEquals("done", state, "progress " + progress));
        Map<String, String> zip = download(w.owner().token(), ready.path("download.url"));

        assertTrue(zip.get("README.txt").contains("Coachkeep data export"), zip.keySet().toString());
        assertTrue(zip.get("README.txt").contains("roster/"));
        assertTrue(zip.get("manifest.json").contains(ownerExport));
        assertTrue(zip.get("workspace/workspace.json").contains(w.id()));
        assertTrue(zip.containsKey("roster/clients/" + w.clientId() + ".json"), zip.keySet().toString());
        assertTrue(zip.containsKey("roster/clients/" + w.otherClientId() + ".json"));
        assertTrue(zip.get("roster/clients/" + w.clientId() + ".json").contains(w.client().person().email()));
        String note = zip.get("roster/notes/" + w.noteId() + ".json");
        assertNotNull(note, zip.keySet().toString());
        assertTrue(note.contains("Knee pain after squats; keep loads light."), note);
        String memberships = String.join("\n", zip.entrySet().stream().filter(e -> e.getKey().startsWith("workspace/memberships/"))
                .map(Map.Entry::getValue).toList());
        for (var m : List.of(w.owner(), w.coach(), w.assistant(), w.client(), w.otherClient())) {
            assertTrue(memberships.contains(m.person().email()), "no membership of " + m.person().email());
        }
        assertTrue(zip.containsKey("workspace/invitations/" + w.pendingInvitationId() + ".json"));
        zip.forEach((name, text) -> assertFalse(text.contains("tokenHash") || text.contains("token_hash"), name));
        assertTrue(zip.get("audit/events.csv").startsWith("sequence,id,occurredAt"), zip.get("audit/events.csv"));
        assertTrue(zip.get("audit/events.csv").contains("export.requested"));

        // the download is in the audit trail, and the email told the owner
        List<String> kinds = TestServer.as(w.owner().token()).get("/api/v1/workspaces/{w}/audit-events?kind=export", w.id())
                .then().statusCode(200).extract().path("items.kind");
        assertTrue(kinds.contains("export.requested") && kinds.contains("export.downloaded"), kinds.toString());
        awaitMessage(w.owner().person().email(), "/exports/" + ownerExport);
    }

    @Test
    void theOwnersArchiveParsesAndHoldsAsManyRecordsOfEachKindAsTheDatabase() throws Exception {
        Map<String, String> zip = download(w.owner().token(), awaitReady(w.owner().token(), ownerExport).path("download.url"));

        // every JSON entry parses, and a record named by an id carries that id
        int parsed = 0;
        for (Map.Entry<String, String> e : zip.entrySet()) {
            if (!e.getKey().endsWith(".json")) {
                continue;
            }
            JsonStructure json;
            try (JsonReader reader = Json.createReader(new StringReader(e.getValue()))) {
                json = reader.read();
            }
            parsed++;
            String base = e.getKey().substring(e.getKey().lastIndexOf('/') + 1, e.getKey().length() - ".json".length());
            if (base.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")) {
                assertEquals(base, json.asJsonObject().getString("id"), e.getKey());
            }
        }
        jakarta.json.JsonObject manifest = Json.createReader(new StringReader(zip.get("manifest.json"))).readObject();
        assertEquals(ownerExport, manifest.getString("exportId"));
        assertEquals(w.id(), manifest.getString("workspaceId"));
        assertEquals("workspace", manifest.getString("scope"));

        // as many records of each kind as the workspace holds
        Map<String, String> tables = Map.of("roster/clients/", "client", "roster/notes/", "coach_note",
                "workspace/memberships/", "membership", "workspace/invitations/", "invitation", "workspace/roles/", "custom_role");
        Map<String, String> counted = new TreeMap<>();
        for (Map.Entry<String, String> kind : tables.entrySet()) {
            long files = zip.keySet().stream().filter(n -> n.startsWith(kind.getKey()) && n.endsWith(".json")).count();
            int rows = DeletionIT.count("select count(*) from " + kind.getValue() + " where workspace_id = ?::uuid", w.id());
            assertEquals(rows, files, kind.getKey() + " against the " + kind.getValue() + " table");
            counted.put(kind.getKey(), files + "");
        }
        assertTrue(Integer.parseInt(counted.get("roster/clients/")) >= 2 && Integer.parseInt(counted.get("workspace/memberships/")) >= 5,
                counted.toString());

        // the audit trail's CSV parses; it holds every event of the workspace up to its newest, in order, each once
        List<List<String>> csv = csv(zip.get("audit/events.csv"));
        List<String> header = csv.get(0);
        assertTrue(header.containsAll(List.of("sequence", "id", "occurredAt")), header.toString());
        List<Map<String, String>> events = csv.subList(1, csv.size()).stream().map(row -> {
            assertEquals(header.size(), row.size(), "a row with as many fields as the header: " + row);
            Map<String, String> byName = new TreeMap<>();
            for (int i = 0; i < header.size(); i++) {
                byName.put(header.get(i), row.get(i));
            }
            return byName;
        }).toList();
        assertFalse(events.isEmpty());
        List<Long> sequences = events.stream().map(r -> Long.parseLong(r.get("sequence"))).toList();
        assertEquals(sequences.stream().sorted().distinct().toList(), sequences, "in order, each once");
        long newest = sequences.get(sequences.size() - 1);
        assertEquals(DeletionIT.count("select count(*) from audit_event where workspace_id = ?::uuid and sequence <= " + newest, w.id()),
                events.size(), "the CSV against the audit_event table");
        assertEquals(new java.util.TreeSet<>(DeletionIT.strings("select id::text from audit_event where workspace_id = ?::uuid and sequence <= "
                + newest, w.id())), new java.util.TreeSet<>(events.stream().map(r -> r.get("id")).toList()));
        assertTrue(parsed > 8, "only " + parsed + " JSON entries");
    }

    @Test
    void aClientExportsTheirOwnDataAndNothingOfAnyoneElse() throws IOException {
        Response r = TestServer.as(w.client().token()).post("/api/v1/workspaces/{w}/clients/me/exports", w.id());
        assertEquals(202, r.statusCode(), r.asString());
        String id = r.path("id");
        assertEquals("client", r.path("scope"));
        // the owner cannot see the client's export, nor the client the owner's
        TestServer.as(w.owner().token()).get("/api/v1/workspaces/{w}/exports/{e}", w.id(), id).then().statusCode(404);
        TestServer.as(w.client().token()).get("/api/v1/workspaces/{w}/exports/{e}", w.id(), ownerExport).then().statusCode(404);
        Response ready = awaitReady(w.client().token(), id);
        Map<String, String> zip = download(w.client().token(), ready.path("download.url"));

        assertTrue(zip.containsKey("README.txt"));
        assertTrue(zip.get("roster/clients/" + w.clientId() + ".json").contains(w.client().person().email()));
        assertTrue(zip.get("roster/notes/" + w.noteId() + ".json").contains("Knee pain after squats"));
        assertTrue(zip.containsKey("notification/preferences.json"), zip.keySet().toString());
        assertFalse(zip.keySet().stream().anyMatch(n -> n.startsWith("audit/")), zip.keySet().toString());
        String all = String.join("\n", zip.values());
        for (String foreign : List.of(w.otherClientId(), w.otherClient().person().email(), w.otherClient().person().name(),
                w.assistant().person().email(), w.pendingInvitationId())) {
            assertFalse(all.contains(foreign), "the client's archive holds " + foreign);
        }
        awaitMessage(w.client().person().email(), "/exports/" + id);
    }

    @Test
    void aDownloadLinkWorksOnlyForItsPersonAndOnlyUntilANewerOneIsIssued() {
        String first = awaitReady(w.owner().token(), ownerExport).path("download.url");
        String second = awaitReady(w.owner().token(), ownerExport).path("download.url");
        TestServer.as(w.owner().token()).get(first).then().statusCode(404);
        TestServer.as(w.coach().token()).get(second).then().statusCode(404);
        TestServer.as(w.client().token()).get(second).then().statusCode(404);
        TestServer.as(w.owner().token()).get(second.replaceAll("token=[^&]+", "token=not-the-token")).then().statusCode(404);
        TestServer.as(w.owner().token()).get("/api/v1/exports/{e}/download", ownerExport).then().statusCode(404);
        TestServer.request().get(second).then().statusCode(401);
        TestServer.as(w.owner().token()).get(second).then().statusCode(200).contentType("application/zip");
    }

    @Test
    void aFourthExportWithinADayIsRefusedWith429AndRetryAfter() {
        String token = w.otherClient().token();
        for (int i = 0; i < 3; i++) {
            TestServer.as(token).post("/api/v1/workspaces/{w}/clients/me/exports", w.id()).then().statusCode(202);
        }
        Response refused = TestServer.as(token).post("/api/v1/workspaces/{w}/clients/me/exports", w.id());
        assertEquals(429, refused.statusCode(), refused.asString());
        assertEquals("https://coachkeep.app/problems/too-many-requests", refused.path("type"));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter > 0 && retryAfter <= Duration.ofHours(24).toSeconds(), "Retry-After " + retryAfter);
        // staff cannot export their own data as clients, and clients not the workspace
        TestServer.as(w.coach().token()).post("/api/v1/workspaces/{w}/clients/me/exports", w.id()).then().statusCode(403);
        TestServer.as(w.client().token()).post("/api/v1/workspaces/{w}/exports", w.id()).then().statusCode(403);
    }

    static Response awaitReady(String token, String exportId) {
        return Exports.awaitReady(token, w.id(), exportId);
    }

    /** Waits up to 20 seconds for an email to {@code email} containing {@code text} (the export-ready email). */
    static void awaitMessage(String email, String text) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Mailbox.messagesTo(email).stream().noneMatch(t -> t.contains(text) && t.contains("ready"))) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no export-ready email to " + email + " linking " + text + ": " + Mailbox.messagesTo(email));
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /**
     * Parses RFC 4180 CSV (fields in double quotes may hold commas, line breaks and doubled quotes; records end with
     * CRLF or LF), strictly: a stray quote or an unterminated field fails. Written here rather than borrowed from the
     * writer's own library, so the test does not read the archive the way it was written.
     */
    static List<List<String>> csv(String text) {
        List<List<String>> records = new java.util.ArrayList<>();
        List<String> record = new java.util.ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        boolean quoted = false;
        boolean wasQuoted = false;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                assertEquals(0, field.length(), "a quote inside an unquoted field at " + i);
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r') {
                    assertTrue(i + 1 < text.length() && text.charAt(i + 1) == '\n', "a lone CR at " + i);
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
                records.add(record);
                record = new java.util.ArrayList<>();
            } else {
                assertFalse(wasQuoted, "text after a closing quote at " + i);
                field.append(c);
            }
            i++;
        }
        assertFalse(quoted, "an unterminated quoted field");
        if (field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        assertFalse(records.isEmpty(), "an empty CSV");
        return records;
    }

    /** Downloads and unzips an archive: entry name to text. */
    static Map<String, String> download(String token, String url) throws IOException {
        Response r = TestServer.as(token).get(url);
        assertEquals(200, r.statusCode(), r.asString());
        assertEquals("application/zip", r.contentType());
        assertTrue(r.header("Content-Disposition").startsWith("attachment; filename=\"coachkeep-export-"));
        Map<String, String> entries = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(r.asByteArray()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
