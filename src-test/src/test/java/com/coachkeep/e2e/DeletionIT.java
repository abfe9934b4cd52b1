package com.coachkeep.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.testing.Leftovers;
import com.coachkeep.testing.Mailbox;
import com.coachkeep.testing.TestServer;
import com.coachkeep.testing.Tokens;
import com.coachkeep.testing.Workspaces;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Deleting through the API, end to end: an owner deletes their workspace (P-DEL-1), a client deletes their own data
 * (P-DEL-2). What is left is checked in the database as its superuser, who sees past row-level security.
 */
class DeletionIT {
    private static final String NIL = "00000000-0000-0000-0000-000000000000";

    @Test
    @Tag("promise:P-DEL-1")
    void anOwnerDeletesTheirWorkspaceWhichIsGoneForEveryMemberAtOnceAndThenFromEveryTable() throws Exception {
        String name = "Doomed " + UUID.randomUUID().toString().substring(0, 8);
        Workspaces.Populated w = Workspaces.populated(name);
        assertTrue(count("select count(*) from keystore.data_key where workspace_id = ?::uuid and destroyed_at is null", w.id()) > 0,
                "the populated workspace has keys (its client's note is encrypted)");

        Response r = TestServer.as(w.owner().token()).contentType(ContentType.JSON).body(Map.of("confirmName", name))
                .delete("/api/v1/workspaces/{w}", w.id());

        assertEquals(202, r.statusCode(), r.asString());
        assertTrue(r.header("Location").endsWith("/api/v1/workspaces/" + w.id() + "/deletion"));
        assertEquals("erasing", r.path("state"));
        for (Workspaces.Member m : List.of(w.owner(), w.coach(), w.assistant(), w.client(), w.otherClient())) {
            assertEquals(404, TestServer.as(m.token()).get("/api/v1/workspaces/{w}", w.id()).statusCode(), "unusable at once");
            assertEquals(404, TestServer.as(m.token()).get("/api/v1/workspaces/{w}/clients/me", w.id()).statusCode());
        }
        assertEquals(List.of(), TestServer.as(w.coach().token()).get("/api/v1/me").path("memberships"));
        assertEquals(0, count("select count(*) from keystore.data_key where workspace_id = ?::uuid and (destroyed_at is null "
                + "or wrapped_key is not null)", w.id()), "every key destroyed at once");
        assertEquals(1, count("select count(*) from keystore.tombstone where workspace_id = ?::uuid and kind = 'WORKSPACE'", w.id()));
        assertEquals(404, TestServer.as(w.coach().token()).get("/api/v1/workspaces/{w}/deletion", w.id()).statusCode(),
                "only the person who asked follows the deletion");

        Response done = awaitDone(w.owner().token(), w.id());

        assertTrue(done.<Integer>path("erasedRows") > 10, done.asString());
        assertNotNull(done.path("finishedAt"));
        List<String> left = rowsLeft(w.id());
        assertTrue(left.isEmpty(), "rows left of the deleted workspace: " + left);
        assertEquals(1, count("select count(*) from keystore.tombstone where workspace_id = ?::uuid", w.id()), "the tombstone stays");
        List<String> platform = strings("select action from audit_event where workspace_id = '" + NIL + "'::uuid "
                + "and target_id = ? order by sequence", w.id());
        assertEquals(List.of("workspace.deleted", "workspace.erased"), platform);
        assertFalse(strings("select details::text from audit_event where workspace_id = '" + NIL + "'::uuid and target_id = ?", w.id())
                .toString().contains(name), "no personal data in the platform trail");

        Mailbox.Mail mail = Mailbox.awaitMailTo(w.owner().person().email());
        assertTrue(mail.message().getSubject().startsWith("Deleted"), mail.message().getSubject());
        assertTrue(mail.text().contains(name), mail.text());

        Map<String, Integer> traces = awaitNoTraces(List.of(name, w.id()), ID_KEPT);
        assertTrue(traces.isEmpty(), "the deleted workspace's name or id left in the database: " + traces);
    }

    @Test
    void aWrongNameOrAStaleSignInIsRefusedAndNothingIsLost() throws Exception {
        String name = "Kept " + UUID.randomUUID().toString().substring(0, 8);
        Workspaces.Populated w = Workspaces.populated(name);
        String stale = Tokens.sign(Tokens.claims(w.owner().person())
                .claim("auth_time", Instant.now().minus(Duration.ofMinutes(30)).getEpochSecond()).build(), Tokens.signingKey());
        String noAuthTime = Tokens.sign(Tokens.claims(w.owner().person()).claim("auth_time", null).build(), Tokens.signingKey());

        Response staleAnswer = TestServer.as(stale).contentType(ContentType.JSON).body(Map.of("confirmName", name))
                .delete("/api/v1/workspaces/{w}", w.id());
        assertEquals(403, staleAnswer.statusCode(), staleAnswer.asString());
        assertEquals("https://coachkeep.app/problems/recent-sign-in-required", staleAnswer.path("type"));
        assertTrue(staleAnswer.<String>path("detail").contains("sign in again"), staleAnswer.asString());
        assertEquals(403, TestServer.as(noAuthTime).contentType(ContentType.JSON).body(Map.of("confirmName", name))
                .delete("/api/v1/workspaces/{w}", w.id()).statusCode());

        Response wrongName = TestServer.as(w.owner().token()).contentType(ContentType.JSON).body(Map.of("confirmName", name.toUpperCase()))
                .delete("/api/v1/workspaces/{w}", w.id());
        assertEquals(422, wrongName.statusCode(), wrongName.asString());
        assertEquals("https://coachkeep.app/problems/confirmation-mismatch", wrongName.path("type"));
        assertEquals(400, TestServer.as(w.owner().token()).contentType(ContentType.JSON).body(Map.of())
                .delete("/api/v1/workspaces/{w}", w.id()).statusCode());
        assertEquals(403, TestServer.as(w.coach().token()).contentType(ContentType.JSON).body(Map.of("confirmName", name))
                .delete("/api/v1/workspaces/{w}", w.id()).statusCode());

        String staleClient = Tokens.sign(Tokens.claims(w.client().person())
                .claim("auth_time", Instant.now().minus(Duration.ofHours(2)).getEpochSecond()).build(), Tokens.signingKey());
        Response clientStale = TestServer.as(staleClient).contentType(ContentType.JSON).body(Map.of("confirm", true))
                .delete("/api/v1/workspaces/{w}/clients/me", w.id());
        assertEquals(403, clientStale.statusCode(), clientStale.asString());
        assertEquals("https://coachkeep.app/problems/recent-sign-in-required", clientStale.path("type"));
        assertEquals(400, TestServer.as(w.client().token()).contentType(ContentType.JSON).body(Map.of("confirm", false))
                .delete("/api/v1/workspaces/{w}/clients/me", w.id()).statusCode());

        assertEquals(200, TestServer.as(w.owner().token()).get("/api/v1/workspaces/{w}", w.id()).statusCode());
        assertEquals("none", TestServer.as(w.owner().token()).get("/api/v1/workspaces/{w}/deletion", w.id()).path("state"));
        assertEquals(200, TestServer.as(w.client().token()).get("/api/v1/workspaces/{w}/clients/me", w.id()).statusCode());
        assertEquals(200, TestServer.as(w.coach().token()).get("/api/v1/workspaces/{w}/clients/{c}/notes", w.id(), w.clientId())
                .statusCode());
        assertEquals(0, count("select count(*) from keystore.tombstone where workspace_id = ?::uuid", w.id()));
        assertEquals(0, count("select count(*) from keystore.data_key where workspace_id = ?::uuid and destroyed_at is not null", w.id()));
    }

    @Test
    @Tag("promise:P-DEL-2")
    void aClientDeletesTheirOwnDataTheirCoachIsToldAndEveryoneElseIsIntact() throws Exception {
        Workspaces.Populated w = Workspaces.populated("Client leaves " + UUID.randomUUID().toString().substring(0, 8));
        String personId = TestServer.as(w.client().token()).get("/api/v1/me").path("id");
        String clientName = w.client().person().name();

        Response r = TestServer.as(w.client().token()).contentType(ContentType.JSON).body(Map.of("confirm", true))
                .delete("/api/v1/workspaces/{w}/clients/me", w.id());

        assertEquals(204, r.statusCode(), r.asString());
        assertEquals(0, count("select count(*) from client where workspace_id = ?::uuid and id = '" + w.clientId() + "'::uuid", w.id()));
        assertEquals(0, count("select count(*) from coach_note where workspace_id = ?::uuid and client_id = '" + w.clientId() + "'::uuid", w.id()));
        assertEquals(0, count("select count(*) from invitation where workspace_id = ?::uuid and client_id = '" + w.clientId() + "'::uuid", w.id()));
        assertEquals(0, count("select count(*) from membership where workspace_id = ?::uuid and person_id = '" + personId + "'::uuid", w.id()));
        assertEquals(0, count("select count(*) from keystore.data_key where workspace_id = ?::uuid and subject_id = '" + w.clientId()
                + "'::uuid and (destroyed_at is null or wrapped_key is not null)", w.id()));
        assertTrue(count("select count(*) from keystore.data_key where workspace_id = ?::uuid and subject_id = '" + w.clientId()
                + "'::uuid and destroyed_at is not null", w.id()) > 0, "the client's key is destroyed, its marker stays");
        assertEquals(1, count("select count(*) from keystore.tombstone where workspace_id = ?::uuid and kind = 'CLIENT' and subject_id = '"
                + w.clientId() + "'::uuid", w.id()));
        assertEquals(1, count("select count(*) from person where id = '" + personId + "'::uuid", null),
                "the sign-in identity stays (it may belong to other workspaces)");

        assertEquals(404, TestServer.as(w.client().token()).get("/api/v1/workspaces/{w}", w.id()).statusCode());
        assertEquals(200, TestServer.as(w.owner().token()).get("/api/v1/workspaces/{w}/clients/{c}", w.id(), w.otherClientId()).statusCode());
        assertEquals(200, TestServer.as(w.otherClient().token()).get("/api/v1/workspaces/{w}/clients/me", w.id()).statusCode());
        assertEquals(404, TestServer.as(w.owner().token()).get("/api/v1/workspaces/{w}/clients/{c}", w.id(), w.clientId()).statusCode());
        assertEquals(200, TestServer.as(w.coach().token()).get("/api/v1/workspaces/{w}/staff", w.id()).statusCode());

        Mailbox.Mail mail = awaitMail(w.coach().person().email(), "left");
        assertTrue(mail.text().contains(clientName), mail.text());

        List<String> events = strings("select actor_id || ' ' || coalesce(target_id, '') || ' ' || details::text from audit_event "
                + "where workspace_id = ?::uuid and action = 'client.deleted_own_data'", w.id());
        assertEquals(1, events.size(), events.toString());
        assertTrue(events.get(0).startsWith(personId + " " + w.clientId()), events.get(0));
        assertFalse(events.get(0).contains(w.client().person().email()) || events.get(0).contains(clientName), events.get(0));

        // the sign-in identity (person) is the person's own and stays; nothing else names or points at the client
        Map<String, String> kept = new java.util.HashMap<>(ID_KEPT);
        kept.put("public.person", "the sign-in identity, which is the person's, not the workspace's: it goes with the account");
        kept.put("public.audit_event.target_id", "the trail records that the client deleted their data (an id, no personal data)");
        Map<String, Integer> traces = awaitNoTraces(List.of(w.clientId(), w.client().person().email(), clientName), kept);
        assertTrue(traces.isEmpty(), "the deleted client left in the database: " + traces);
    }

    @Test
    @Tag("promise:P-LOG-1")
    void theAuditTrailOfALiveWorkspaceCannotBeErasedNotEvenThroughTheErasureFunction() throws Exception {
        Workspaces.Populated w = Workspaces.populated("Trail kept " + UUID.randomUUID().toString().substring(0, 8));
        int events = count("select count(*) from audit_event where workspace_id = ?::uuid", w.id());
        assertTrue(events > 0);
        List<String> refused = new ArrayList<>();
        try (Connection app = java.sql.DriverManager.getConnection(TestServer.DB_URL, "coachkeep_app", "")) {
            for (String sql : List.of(
                    "select erase_workspace_audit('" + w.id() + "'::uuid, 100)",
                    "select erase_workspace_audit('" + NIL + "'::uuid, 100)",
                    "select set_config('app.audit_erasure', '" + w.id() + "', true); delete from audit_event where workspace_id = '"
                            + w.id() + "'::uuid")) {
                app.setAutoCommit(false);
                try (var st = app.createStatement()) {
                    st.execute("select set_config('app.workspace_id', '" + w.id() + "', true)");
                    st.execute(sql);
                } catch (java.sql.SQLException e) {
                    // a refusal by the schema's rules, not a mistake in the statement
                    assertEquals("42501", e.getSQLState(), sql + ": " + e.getMessage());
                    refused.add(sql);
                } finally {
                    app.rollback();
                }
            }
        }
        assertEquals(3, refused.size(), "refused: " + refused);
        assertEquals(events, count("select count(*) from audit_event where workspace_id = ?::uuid", w.id()));
    }

    /**
     * With {@code -Dcoachkeep.deletion.benchmark=true} only: how long the deletion of a workspace holding 1,000 clients
     * (each with a coach note) takes, from the request until the job reports it done.
     */
    @Test
    void deletionTimeOfAWorkspaceWithAThousandClients() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("coachkeep.deletion.benchmark"), "run with -Dcoachkeep.deletion.benchmark=true");
        int clients = Integer.getInteger("coachkeep.deletion.benchmark.clients", 1000);
        String name = "Large " + UUID.randomUUID().toString().substring(0, 8);
        Workspaces.Populated w = Workspaces.populated(name);
        try (Connection c = SchemaIT.connect(); PreparedStatement s = c.prepareStatement(
                "with made as (insert into client (workspace_id, id, display_name, sort_name, email, status, created_at, updated_at, version) "
                        + "select ?::uuid, gen_random_uuid(), 'Client ' || g, 'client ' || g, 'c' || g || '@bench.example', 'ACTIVE', now(), now(), 1 "
                        + "from generate_series(1, ?) g returning workspace_id, id) "
                        + "insert into coach_note (workspace_id, id, client_id, author_id, body, created_at) "
                        + "select m.workspace_id, gen_random_uuid(), m.id, (select owner_id from workspace where id = ?::uuid), "
                        + "'benchmark note', now() from made m")) {
            s.setString(1, w.id());
            s.setInt(2, clients);
            s.setString(3, w.id());
            s.executeUpdate();
        }
        long started = System.nanoTime();
        Response r = TestServer.as(w.owner().token()).contentType(ContentType.JSON).body(Map.of("confirmName", name))
                .delete("/api/v1/workspaces/{w}", w.id());
        long accepted = System.nanoTime();
        assertEquals(202, r.statusCode(), r.asString());
        Response done = awaitDone(w.owner().token(), w.id());
        long finished = System.nanoTime();
        assertTrue(rowsLeft(w.id()).isEmpty());
        System.out.printf("deletion benchmark: %d clients, %d rows erased; request answered in %d ms, erased in %d ms%n", clients,
                done.<Integer>path("erasedRows"), (accepted - started) / 1_000_000, (finished - started) / 1_000_000);
    }

    private static Response awaitDone(String token, String workspaceId) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (true) {
            Response r = TestServer.as(token).get("/api/v1/workspaces/{w}/deletion", workspaceId);
            assertEquals(200, r.statusCode(), r.asString());
            if ("done".equals(r.path("state"))) {
                return r;
            }
            assertTrue(Instant.now().isBefore(deadline), "the deletion did not finish: " + r.asString());
            Thread.sleep(200);
        }
    }

    static Mailbox.Mail awaitMail(String address, String subjectPart) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (true) {
            for (Mailbox.Mail m : Mailbox.mailTo(address)) {
                if (m.message().getSubject().contains(subjectPart)) {
                    return m;
                }
            }
            assertTrue(Instant.now().isBefore(deadline), "no email with '" + subjectPart + "' to " + address);
            Thread.sleep(100);
        }
    }

    /** Tables and columns ({@code schema.table[.column]}) where a deleted subject's id stays by design, and why. */
    static final Map<String, String> ID_KEPT = Map.of(
            "keystore.tombstone", "the record of the deletion, replayed after a restore",
            "keystore.data_key", "the destroyed keys' markers (no key material), so that no key is made again for the subject",
            "public.workspace_deletion", "the deletion's progress (ids, counts, times), forgotten 30 days after it finished",
            "public.audit_event.target_id", "the platform trail records that the workspace was deleted and erased (ids only)",
            "public.outbox_message.idempotency_key", "a sent email's key, derived from domain ids so that a retry never sends twice "
                    + "(its payload, with the recipient and names, is cleared once delivered)");

    /**
     * Where the values are still found in any text-like column of any table (catalog-driven, {@link Leftovers}), apart
     * from {@code kept}; waits up to 30 seconds for emails about the deletion to leave the outbox, which clears each
     * message once delivered.
     */
    static Map<String, Integer> awaitNoTraces(List<String> values, Map<String, String> kept) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            Map<String, Integer> traces = Leftovers.traces(TestServer.DB_URL, values,
                    col -> !kept.containsKey(col.qualifiedTable()) && !kept.containsKey(col.qualified()));
            if (traces.isEmpty() || Instant.now().isAfter(deadline)) {
                return traces;
            }
            Thread.sleep(250);
        }
    }

    /** Every table of the data (and the keys) that still holds a row of the workspace, with how many. */
    static List<String> rowsLeft(String workspaceId) throws Exception {
        List<String> left = new ArrayList<>();
        try (Connection c = SchemaIT.connect(); ResultSet rs = c.createStatement().executeQuery(
                "select c.table_schema, c.table_name from information_schema.columns c join information_schema.tables t "
                        + "on t.table_schema = c.table_schema and t.table_name = c.table_name "
                        + "where c.column_name = 'workspace_id' and t.table_type = 'BASE TABLE' and c.table_schema in ('public', 'keystore')")) {
            while (rs.next()) {
                String table = rs.getString(1) + "." + rs.getString(2);
                if (List.of("keystore.tombstone", "keystore.data_key", "public.workspace_deletion").contains(table)) {
                    continue; // the record of the deletion, the destroyed keys' markers, and the progress
                }
                int n = count("select count(*) from " + table + " where workspace_id = ?::uuid", workspaceId);
                if (n > 0) {
                    left.add(table + ": " + n);
                }
            }
        }
        if (count("select count(*) from workspace where id = ?::uuid", workspaceId) > 0) {
            left.add("public.workspace");
        }
        return left;
    }

    static int count(String sql, String workspaceId) throws Exception {
        try (Connection c = SchemaIT.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            if (sql.contains("?")) {
                s.setString(1, workspaceId);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    static List<String> strings(String sql, String param) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = SchemaIT.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, param);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }
}
