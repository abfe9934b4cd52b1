package com.coachkeep.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.testing.TestServer;
import com.coachkeep.testing.Workspaces;
import com.coachkeep.testing.Workspaces.Populated;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The API's side of support access, end to end: the owner reads the workspace's support grants (and no other member
 * does), and a suspended workspace refuses its members with {@code workspace-suspended} while leaving them their data
 * rights. The console's use cases that create grants and suspend workspaces have no REST operation; here their effect
 * is written with SQL as the database superuser (the use cases themselves run in SupportWorkflowsArquillianIT, which
 * also drives these operations after the real use cases).
 */
class SupportAccessIT {
    private static Connection superuser() throws Exception {
        return DriverManager.getConnection(TestServer.DB_URL, "postgres", "");
    }

    static String grant(String workspaceId, String staff, String state, int startedMinutesAgo, String scope) throws Exception {
        String id = UUID.randomUUID().toString();
        try (Connection c = superuser(); PreparedStatement s = c.prepareStatement("insert into support_grant (workspace_id, id, "
                + "requested_by, requester_role, scope, reason, ticket, minutes, requested_at, state, approved_by, approved_at, "
                + "starts_at, ends_at, revoked_by, revoked_at, views) values (?::uuid, ?::uuid, ?, 'SUPPORT_AGENT', ?, "
                + "'owner asked about a client', 'SUP-9', 30, now() - make_interval(mins => ?), ?, ?, "
                + "case when ? = 'COACH_NOTES' then now() - make_interval(mins => ?) end, now() - make_interval(mins => ?), "
                + "now() - make_interval(mins => ?) + interval '30 minutes', ?, case when ? = 'REVOKED' then now() end, 3)")) {
            s.setString(1, workspaceId);
            s.setString(2, id);
            s.setString(3, staff);
            s.setString(4, scope);
            s.setInt(5, startedMinutesAgo + 1);
            s.setString(6, state);
            s.setString(7, "COACH_NOTES".equals(scope) ? "officer-e2e" : null);
            s.setString(8, scope);
            s.setInt(9, startedMinutesAgo);
            s.setInt(10, startedMinutesAgo);
            s.setInt(11, startedMinutesAgo);
            s.setString(12, "REVOKED".equals(state) ? "officer-e2e" : null);
            s.setString(13, state);
            s.executeUpdate();
        }
        return id;
    }

    private static void suspended(String workspaceId, boolean on) throws Exception {
        try (Connection c = superuser(); PreparedStatement s = c.prepareStatement(
                "update workspace set suspended_at = " + (on ? "now()" : "null") + " where id = ?::uuid")) {
            s.setString(1, workspaceId);
            assertEquals(1, s.executeUpdate());
        }
    }

    @Test
    @Tag("promise:P-INT-1")
    void theOwnerSeesWhichSupportStaffHadAccessAndNoOtherMemberDoes() throws Exception {
        Populated a = Workspaces.populated(Workspaces.class.getSimpleName() + " support grants");
        String older = grant(a.id(), "agent-e2e", "REVOKED", 120, "ROSTER");
        String newer = grant(a.id(), "agent-e2e", "ACTIVE", 5, "COACH_NOTES");

        JsonPath first = TestServer.as(a.owner().token()).get("/api/v1/workspaces/{w}/support-grants?limit=1", a.id())
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(newer), first.getList("items.id"));
        assertEquals("active", first.getString("items[0].status"));
        assertEquals("coach-notes", first.getString("items[0].scope"));
        assertEquals(true, first.getBoolean("items[0].sensitive"));
        assertEquals("officer-e2e", first.getString("items[0].approval.staffId"));
        assertEquals("SUP-9", first.getString("items[0].ticket"));
        assertEquals(3, first.getInt("items[0].views"));
        assertNotNull(first.getString("nextCursor"));
        JsonPath second = TestServer.as(a.owner().token())
                .get("/api/v1/workspaces/{w}/support-grants?limit=1&cursor=" + first.getString("nextCursor"), a.id())
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(older), second.getList("items.id"));
        assertEquals("revoked", second.getString("items[0].status"));
        assertEquals("officer-e2e", second.getString("items[0].revocation.staffId"));
        assertNull(second.getString("nextCursor"));

        for (Workspaces.Member m : List.of(a.coach(), a.assistant(), a.client())) {
            TestServer.as(m.token()).get("/api/v1/workspaces/{w}/support-grants", a.id()).then().statusCode(403);
        }
        Populated b = Workspaces.populated(Workspaces.class.getSimpleName() + " other");
        Response foreign = TestServer.as(b.owner().token()).get("/api/v1/workspaces/{w}/support-grants", a.id());
        assertEquals(404, foreign.statusCode());
        assertTrue(TestServer.as(b.owner().token()).get("/api/v1/workspaces/{w}/support-grants", b.id()).then().statusCode(200)
                .extract().jsonPath().getList("items").isEmpty(), "another workspace's grants are not shown");
    }

    @Test
    @Tag("promise:P-INT-1")
    void theOwnerEndsASupportGrantAtOnceAndNoOtherMemberCan() throws Exception {
        Populated a = Workspaces.populated(Workspaces.class.getSimpleName() + " owner revokes");
        String active = grant(a.id(), "agent-e2e", "ACTIVE", 5, "ROSTER");
        for (Workspaces.Member m : List.of(a.coach(), a.assistant(), a.client())) {
            TestServer.as(m.token()).delete("/api/v1/workspaces/{w}/support-grants/{g}", a.id(), active).then().statusCode(403);
        }
        Populated b = Workspaces.populated(Workspaces.class.getSimpleName() + " other owner");
        TestServer.as(b.owner().token()).delete("/api/v1/workspaces/{w}/support-grants/{g}", b.id(), active).then().statusCode(404);

        JsonPath revoked = TestServer.as(a.owner().token()).delete("/api/v1/workspaces/{w}/support-grants/{g}", a.id(), active)
                .then().statusCode(200).extract().jsonPath();

        assertEquals("revoked", revoked.getString("status"));
        assertTrue(revoked.getString("revocation.staffId").startsWith("owner:"), revoked.prettify());
        TestServer.as(a.owner().token()).delete("/api/v1/workspaces/{w}/support-grants/{g}", a.id(), active).then().statusCode(409);
        List<String> kinds = TestServer.as(a.owner().token()).get("/api/v1/workspaces/{w}/audit-events", a.id())
                .then().statusCode(200).extract().jsonPath().getList("items.kind");
        assertTrue(kinds.contains("support.access_revoked_by_owner"), kinds.toString());
    }

    @Test
    void aSuspendedWorkspaceRefusesItsMembersButLeavesThemTheirDataRightsUntilRestored() throws Exception {
        Populated a = Workspaces.populated(Workspaces.class.getSimpleName() + " suspended");
        String otherOfTheSameOwner = Workspaces.create(a.owner().token(), "Unaffected studio");
        suspended(a.id(), true);
        try {
            for (Workspaces.Member m : List.of(a.owner(), a.coach(), a.assistant())) {
                Response r = TestServer.as(m.token()).get("/api/v1/workspaces/{w}/clients", a.id());
                assertEquals(403, r.statusCode(), r.asString());
                assertEquals("https://coachkeep.app/problems/workspace-suspended", r.path("type"));
                assertTrue(r.contentType().startsWith("application/problem+json"));
            }
            TestServer.as(a.client().token()).get("/api/v1/workspaces/{w}/clients/me", a.id()).then().statusCode(403);
            TestServer.as(Workspaces.signedIn("stranger").token()).get("/api/v1/workspaces/{w}", a.id()).then().statusCode(404);

            TestServer.as(a.owner().token()).post("/api/v1/workspaces/{w}/exports", a.id()).then().statusCode(202);
            TestServer.as(a.client().token()).post("/api/v1/workspaces/{w}/clients/me/exports", a.id()).then().statusCode(202);
            TestServer.as(a.owner().token()).get("/api/v1/workspaces/{w}/deletion", a.id()).then().statusCode(200);
            TestServer.as(a.owner().token()).get("/api/v1/workspaces/{w}", otherOfTheSameOwner).then().statusCode(200);
            TestServer.request().get("/api/v1/status").then().statusCode(200);
        } finally {
            suspended(a.id(), false);
        }
        TestServer.as(a.owner().token()).get("/api/v1/workspaces/{w}/clients", a.id()).then().statusCode(200);
        TestServer.as(a.client().token()).get("/api/v1/workspaces/{w}/clients/me", a.id()).then().statusCode(200);
    }
}
