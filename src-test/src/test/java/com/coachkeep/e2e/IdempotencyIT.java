package com.coachkeep.e2e;

import static com.coachkeep.e2e.DeletionIT.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.testing.Leftovers;
import com.coachkeep.testing.TestServer;
import com.coachkeep.testing.Workspaces;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Remembered responses of {@code Idempotency-Key} requests: a retry gets the first result and a different body a 422,
 * while the stored record holds no plaintext, belongs to its workspace (row-level security), goes with the client,
 * the workspace and the account it is about, and expires after 24 hours. See docs/api.md, "Idempotency".
 */
class IdempotencyIT {
    private static final String NIL = "00000000-0000-0000-0000-000000000000";

    private static Response addNote(String token, String workspaceId, String clientId, String key, String body) {
        return TestServer.as(token).contentType(ContentType.JSON).header("Idempotency-Key", key).body(Map.of("body", body))
                .post("/api/v1/workspaces/{w}/clients/{c}/notes", workspaceId, clientId);
    }

    @Test
    @Tag("promise:P-ENC-2")
    void aRetriedNoteGetsTheFirstResultWhileTheRememberedResponseHoldsOnlyCiphertext() throws Exception {
        Workspaces.Populated w = Workspaces.populated("Idem " + UUID.randomUUID().toString().substring(0, 8));
        String marker = "idem-marker-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();

        Response first = addNote(w.coach().token(), w.id(), w.clientId(), key, marker);
        Response retry = addNote(w.coach().token(), w.id(), w.clientId(), key, marker);

        assertEquals(201, first.statusCode(), first.asString());
        assertEquals(201, retry.statusCode(), retry.asString());
        assertEquals("true", retry.header("Idempotent-Replayed"));
        assertEquals((String) first.path("id"), retry.path("id"));
        assertEquals(marker, retry.path("body"), "the replay decrypts the first response");
        assertEquals(1, count("select count(*) from coach_note where workspace_id = ?::uuid and id = '" + first.path("id") + "'::uuid", w.id()),
                "the retry wrote nothing");
        Response reused = addNote(w.coach().token(), w.id(), w.clientId(), key, marker + " changed");
        assertEquals(422, reused.statusCode(), reused.asString());
        assertEquals("https://coachkeep.app/problems/idempotency-key-reused", reused.path("type"));

        assertEquals(1, count("select count(*) from idempotency_record where workspace_id = ?::uuid and idem_key = '" + key
                + "' and subject_kind = 'CLIENT' and subject_id = '" + w.clientId() + "'::uuid and body_ciphertext is not null", w.id()),
                "the record carries its workspace and its subject");
        Map<String, Integer> traces = Leftovers.traces(TestServer.DB_URL, List.of(marker), Leftovers.everywhere());
        assertEquals(Map.of(), traces, "the note's text in plaintext anywhere in the database");
    }

    @Test
    @Tag("promise:P-ENC-2")
    void aFoundingRequestIsRememberedOutsideAnyWorkspaceUnderTheNewWorkspacesKey() throws Exception {
        Workspaces.Member founder = Workspaces.signedIn("owner");
        String name = "Founding " + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        String body = "{\"name\":\"" + name + "\",\"timezone\":\"Europe/Berlin\",\"currency\":\"EUR\",\"locale\":\"en\"}";

        Response first = TestServer.as(founder.token()).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/v1/workspaces");
        Response retry = TestServer.as(founder.token()).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/v1/workspaces");

        assertEquals(201, first.statusCode(), first.asString());
        assertEquals("true", retry.header("Idempotent-Replayed"));
        assertEquals(name, retry.path("name"));
        String id = first.path("id");
        assertEquals(1, count("select count(*) from idempotency_record where workspace_id = '" + NIL + "'::uuid and idem_key = ? "
                + "and subject_kind = 'WORKSPACE' and subject_id = '" + id + "'::uuid", key));
        assertEquals(Map.of(), Leftovers.traces(TestServer.DB_URL, List.of(name), col -> col.table().equals("idempotency_record")));
    }

    @Test
    @Tag("promise:P-DEL-2")
    void aClientsDeletionRemovesTheRememberedResponsesAboutThem() throws Exception {
        Workspaces.Populated w = Workspaces.populated("Idem client " + UUID.randomUUID().toString().substring(0, 8));
        String key = UUID.randomUUID().toString();
        addNote(w.coach().token(), w.id(), w.clientId(), key, "about the leaver").then().statusCode(201);
        addNote(w.owner().token(), w.id(), w.otherClientId(), key, "about the one who stays").then().statusCode(201);
        assertEquals(2, count("select count(*) from idempotency_record where workspace_id = ?::uuid", w.id()));

        TestServer.as(w.client().token()).contentType(ContentType.JSON).body(Map.of("confirm", true))
                .delete("/api/v1/workspaces/{w}/clients/me", w.id()).then().statusCode(204);

        assertEquals(0, count("select count(*) from idempotency_record where subject_id = ?::uuid", w.clientId()));
        assertEquals(1, count("select count(*) from idempotency_record where subject_id = ?::uuid", w.otherClientId()));
    }

    @Test
    @Tag("promise:P-DEL-1")
    void aWorkspacesDeletionRemovesItsRememberedResponses() throws Exception {
        String name = "Idem gone " + UUID.randomUUID().toString().substring(0, 8);
        Workspaces.Populated w = Workspaces.populated(name);
        TestServer.as(w.owner().token()).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("name", "Reviewer", "permissions", List.of("clients_read_all")))
                .post("/api/v1/workspaces/{w}/roles", w.id()).then().statusCode(201);
        addNote(w.coach().token(), w.id(), w.clientId(), UUID.randomUUID().toString(), "a note").then().statusCode(201);
        assertEquals(2, count("select count(*) from idempotency_record where workspace_id = ?::uuid", w.id()));

        TestServer.as(w.owner().token()).contentType(ContentType.JSON).body(Map.of("confirmName", name))
                .delete("/api/v1/workspaces/{w}", w.id()).then().statusCode(202);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (!"done".equals(TestServer.as(w.owner().token()).get("/api/v1/workspaces/{w}/deletion", w.id()).path("state"))) {
            assertTrue(Instant.now().isBefore(deadline), "the deletion did not finish");
            Thread.sleep(200);
        }

        assertEquals(0, count("select count(*) from idempotency_record where workspace_id = ?::uuid", w.id()));
    }

    @Test
    @Tag("promise:P-ISO-4")
    void theApplicationRoleSeesAndWritesOnlyTheRecordsOfItsWorkspace() throws Exception {
        Workspaces.Populated w = Workspaces.populated("Idem rls " + UUID.randomUUID().toString().substring(0, 8));
        addNote(w.coach().token(), w.id(), w.clientId(), UUID.randomUUID().toString(), "isolated").then().statusCode(201);
        String other = UUID.randomUUID().toString();
        try (Connection app = DriverManager.getConnection(TestServer.DB_URL, "coachkeep_app", "")) {
            app.setAutoCommit(false);
            try (var st = app.createStatement()) {
                st.execute("select set_config('app.workspace_id', '" + other + "', true)");
                try (var rs = st.executeQuery("select count(*) from idempotency_record where workspace_id = '" + w.id() + "'::uuid")) {
                    rs.next();
                    assertEquals(0, rs.getInt(1), "another workspace's records are invisible");
                }
                assertEquals(0, st.executeUpdate("delete from idempotency_record where workspace_id = '" + w.id() + "'::uuid"));
                assertThrows(java.sql.SQLException.class, () -> st.executeUpdate("insert into idempotency_record (workspace_id, scope, "
                        + "idem_key, request_hash, created_at) values ('" + w.id() + "'::uuid, 'x', 'k', repeat('0', 64), now())"),
                        "a record cannot be written into another workspace");
            } finally {
                app.rollback();
            }
        }
        assertEquals(1, count("select count(*) from idempotency_record where workspace_id = ?::uuid", w.id()));
    }

    @Test
    void recordsOlderThanADayArePurgedByTheScheduledJobAndYoungerOnesStay() throws Exception {
        String workspace = UUID.randomUUID().toString();
        String scope = UUID.randomUUID().toString();
        try (Connection c = SchemaIT.connect(); PreparedStatement s = c.prepareStatement(
                "insert into idempotency_record (workspace_id, scope, idem_key, request_hash, created_at) values "
                        + "(?::uuid, ?, 'old', repeat('0', 64), now() - interval '25 hours'), "
                        + "(?::uuid, ?, 'young', repeat('0', 64), now() - interval '23 hours')")) {
            s.setString(1, workspace);
            s.setString(2, scope);
            s.setString(3, workspace);
            s.setString(4, scope);
            s.executeUpdate();
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (count("select count(*) from idempotency_record where scope = ? and idem_key = 'old'", scope) > 0) {
            assertTrue(Instant.now().isBefore(deadline), "the expired record was not purged");
            Thread.sleep(200);
        }
        assertEquals(1, count("select count(*) from idempotency_record where scope = ? and idem_key = 'young'", scope));
        try (Connection c = SchemaIT.connect()) {
            c.createStatement().executeUpdate("delete from idempotency_record where scope = '" + scope + "'");
        }
    }
}
