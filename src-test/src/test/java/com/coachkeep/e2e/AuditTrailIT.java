package com.coachkeep.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.testing.TestServer;
import com.coachkeep.testing.Workspaces;
import com.coachkeep.testing.Workspaces.Populated;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The audit trail through the API and in the database: the owner reads who did what with the request id to quote;
 * nobody else reads it; the application role cannot change or remove an event; and a row altered or removed behind
 * the application's back is reported as the first broken link.
 */
@Tag("promise:P-LOG-1")
class AuditTrailIT {
    private static Populated ws;

    @BeforeAll
    static void workspace() {
        ws = Workspaces.populated("Audited Barbell Club");
    }

    static String trail(String workspaceId) {
        return "/api/v1/workspaces/" + workspaceId + "/audit-events";
    }

    @Test
    void theOwnerSeesARoleChangeWithWhoWhatAndTheRequestId() {
        String requestId = "audit-" + UUID.randomUUID();
        TestServer.as(ws.owner().token()).header("X-Request-Id", requestId).contentType(ContentType.JSON)
                .body(Map.of("role", "assistant")).patch("/api/v1/workspaces/" + ws.id() + "/staff/" + ws.coach().membershipId())
                .then().statusCode(200);
        JsonPath page = TestServer.as(ws.owner().token()).queryParam("kind", "staff.role_changed").get(trail(ws.id()))
                .then().statusCode(200).extract().jsonPath();
        Map<String, Object> event = page.getMap("items[0]");
        assertEquals("staff.role_changed", event.get("kind"));
        assertEquals(requestId, event.get("requestId"));
        assertEquals(Map.of("type", "membership", "id", ws.coach().membershipId()), event.get("target"));
        assertEquals("person", page.getString("items[0].actor.kind"));
        assertEquals("assistant", page.getString("items[0].details.to"));

        List<String> kinds = TestServer.as(ws.owner().token()).queryParam("limit", "100").get(trail(ws.id())).then().statusCode(200)
                .extract().jsonPath().getList("items.kind");
        assertTrue(kinds.containsAll(List.of("workspace.created", "staff.invited", "invitation.accepted", "client.invited")), kinds.toString());
        TestServer.as(ws.owner().token()).get(trail(ws.id()) + "/verification").then().statusCode(200)
                .body("intact", org.hamcrest.Matchers.equalTo(true));
    }

    @Test
    void onlyTheOwnerReadsTheTrail() {
        for (String token : List.of(ws.coach().token(), ws.assistant().token(), ws.client().token())) {
            int status = TestServer.as(token).get(trail(ws.id())).then().extract().statusCode();
            assertTrue(status == 403 || status == 404, "status " + status);
            status = TestServer.as(token).get(trail(ws.id()) + "/verification").then().extract().statusCode();
            assertTrue(status == 403 || status == 404, "status " + status);
        }
    }

    @Test
    void aMembersRefusedAttemptAppearsInTheTrail() {
        TestServer.as(ws.assistant().token()).contentType(ContentType.JSON).body(Map.of("name", "Taken over"))
                .patch("/api/v1/workspaces/" + ws.id()).then().statusCode(403);
        JsonPath page = TestServer.as(ws.owner().token()).queryParam("kind", "security").get(trail(ws.id()))
                .then().statusCode(200).extract().jsonPath();
        assertEquals("security.access_denied", page.getString("items[0].kind"));
        assertEquals("PATCH /api/v1/workspaces/{workspaceId}", page.getString("items[0].details.operation"));
    }

    @Test
    void badFiltersAreNamed() {
        TestServer.as(ws.owner().token()).queryParam("from", "yesterday").queryParam("kind", "Staff Changes")
                .get(trail(ws.id())).then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("from", "kind"));
    }

    @Test
    void neitherTheApplicationNorTheSchemaOwnerCanChangeOrRemoveAnEvent() throws Exception {
        for (String role : List.of("coachkeep_app", "coachkeep_owner")) {
            try (Connection c = DriverManager.getConnection(TestServer.DB_URL, role, "")) {
                c.setAutoCommit(false);
                var set = c.prepareStatement("select set_config('app.workspace_id', ?, true)");
                set.setString(1, ws.id());
                set.executeQuery().close();
                SQLException update = assertThrows(SQLException.class, () -> c.createStatement()
                        .executeUpdate("update audit_event set action = 'nothing.happened' where workspace_id = '" + ws.id() + "'"), role);
                assertEquals("42501", update.getSQLState(), role + ": " + update.getMessage());
                c.rollback();
                c.prepareStatement("select set_config('app.workspace_id', '" + ws.id() + "', true)").executeQuery().close();
                SQLException delete = assertThrows(SQLException.class, () -> c.createStatement()
                        .executeUpdate("delete from audit_event where workspace_id = '" + ws.id() + "'"), role);
                assertEquals("42501", delete.getSQLState(), role + ": " + delete.getMessage());
                c.rollback();
            }
        }
    }

    @Test
    void aRowAlteredBehindTheApplicationsBackIsTheFirstBrokenLink() throws Exception {
        Populated victim = Workspaces.populated("Tampered Trail Gym");
        // a superuser (or anyone who can drop the trigger) edits the third event
        try (Connection c = DriverManager.getConnection(TestServer.DB_URL, "postgres", "")) {
            c.createStatement().execute("alter table audit_event disable trigger audit_event_no_change");
            try {
                int changed = c.createStatement().executeUpdate("update audit_event set details = '{\"role\":\"owner\"}' "
                        + "where workspace_id = '" + victim.id() + "' and sequence = 3");
                assertEquals(1, changed);
            } finally {
                c.createStatement().execute("alter table audit_event enable trigger audit_event_no_change");
            }
        }
        JsonPath report = TestServer.as(victim.owner().token()).get(trail(victim.id()) + "/verification").then().statusCode(200)
                .extract().jsonPath();
        assertFalse(report.getBoolean("intact"));
        assertEquals(3, report.getInt("firstBrokenSequence"));
        assertNotNull(report.getString("problem"));
    }

    @Test
    void aRemovedNewestEventIsCaughtByTheSignedCheckpoint() throws Exception {
        Populated victim = Workspaces.populated("Truncated Trail Gym");
        // the test server signs checkpoints every second
        long deadline = System.currentTimeMillis() + 30_000;
        Integer checkpoint = null;
        while (checkpoint == null && System.currentTimeMillis() < deadline) {
            checkpoint = TestServer.as(victim.owner().token()).get(trail(victim.id()) + "/verification").then().statusCode(200)
                    .extract().jsonPath().get("checkpointSequence");
            if (checkpoint == null) {
                Thread.sleep(250);
            }
        }
        assertNotNull(checkpoint, "no checkpoint signed within 30 s");
        int last = checkpoint;
        // remove the newest signed event and move the head back: the chain alone still looks whole
        try (Connection c = DriverManager.getConnection(TestServer.DB_URL, "postgres", "")) {
            c.createStatement().execute("alter table audit_event disable trigger audit_event_no_change");
            try {
                c.createStatement().executeUpdate("delete from audit_event where workspace_id = '" + victim.id() + "' and sequence >= " + last);
                c.createStatement().executeUpdate("update audit_chain_head h set sequence = e.sequence, hash = e.hash from audit_event e "
                        + "where h.workspace_id = '" + victim.id() + "' and e.workspace_id = h.workspace_id and e.sequence = " + (last - 1));
            } finally {
                c.createStatement().execute("alter table audit_event enable trigger audit_event_no_change");
            }
        }
        JsonPath report = TestServer.as(victim.owner().token()).get(trail(victim.id()) + "/verification").then().statusCode(200)
                .extract().jsonPath();
        assertFalse(report.getBoolean("intact"), report.prettify());
        assertEquals(last, report.getInt("firstBrokenSequence"), report.prettify());
    }
}
