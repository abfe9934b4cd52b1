package com.coachkeep.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.testing.TestServer;
import com.coachkeep.testing.Workspaces;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The server keeps callers' identities between requests (IdentityCache) only while the identity epochs they were read
 * with are unchanged (changeset 0050). Every change to what an identity is read from replaces an epoch in the change's
 * own transaction, whoever makes it (the API on either node, the console, an operator's SQL), so a change is seen on
 * the very next request. TwoNodesOneDatabaseIT proves it for the API's own removals across two nodes; this class for
 * changes written straight into the database, and for each kind of change.
 */
class IdentityCacheIT {

    @Test
    @Tag("promise:P-ROLE-2")
    void aMembershipChangedInTheDatabaseIsSeenOnTheNextRequest() throws Exception {
        Workspaces.Populated w = Workspaces.populated("Identity kept " + UUID.randomUUID().toString().substring(0, 8));
        String notes = "/api/v1/workspaces/{w}/clients/{c}/notes";
        for (int i = 0; i < 3; i++) { // served, so kept
            assertEquals(200, TestServer.as(w.coach().token()).get(notes, w.id(), w.clientId()).statusCode());
        }
        sql("update membership set role = 'ASSISTANT' where workspace_id = ?::uuid and id = ?::uuid", w.id(), w.coach().membershipId());
        Response lowered = TestServer.as(w.coach().token()).get(notes, w.id(), w.clientId());
        assertEquals(403, lowered.statusCode(), lowered.asString());
        assertEquals(200, TestServer.as(w.coach().token()).get("/api/v1/workspaces/{w}", w.id()).statusCode());

        sql("update membership set status = 'REMOVED', removed_at = now() where workspace_id = ?::uuid and id = ?::uuid", w.id(),
                w.coach().membershipId());
        Response removed = TestServer.as(w.coach().token()).get("/api/v1/workspaces/{w}", w.id());
        assertEquals(404, removed.statusCode(), removed.asString());
        Response missing = TestServer.as(w.coach().token()).get("/api/v1/workspaces/{w}", UUID.randomUUID().toString());
        assertEquals(missing.jsonPath().getString("type"), removed.jsonPath().getString("type"));

        // the workspace's own row: suspended, then restored, each seen at once
        assertEquals(200, TestServer.as(w.owner().token()).get("/api/v1/workspaces/{w}/clients", w.id()).statusCode());
        sql("update workspace set suspended_at = now() where id = ?::uuid", w.id());
        Response suspended = TestServer.as(w.owner().token()).get("/api/v1/workspaces/{w}/clients", w.id());
        assertEquals(403, suspended.statusCode(), suspended.asString());
        assertEquals("https://coachkeep.app/problems/workspace-suspended", suspended.jsonPath().getString("type"));
        sql("update workspace set suspended_at = null where id = ?::uuid", w.id());
        assertEquals(200, TestServer.as(w.owner().token()).get("/api/v1/workspaces/{w}/clients", w.id()).statusCode());
    }

    @Test
    @Tag("promise:P-ROLE-2")
    void everyChangeToWhatAnIdentityIsReadFromReplacesAnEpoch() throws Exception {
        Workspaces.Populated w = Workspaces.populated("Identity epochs " + UUID.randomUUID().toString().substring(0, 8));
        String subject = w.coach().person().subject();
        UUID person = UUID.randomUUID();
        UUID membership = UUID.randomUUID();
        UUID role = UUID.randomUUID();
        List<String[]> changes = List.of(
                new String[] {"a person", "update person set display_name = display_name || '' where issuer = ? and subject = ?",
                        TestServer.ISSUER, subject},
                new String[] {"a membership's role", "update membership set role = role where workspace_id = ?::uuid and id = ?::uuid", w.id(),
                        w.coach().membershipId()},
                new String[] {"the workspace", "update workspace set name = name where id = ?::uuid", w.id()},
                new String[] {"a new custom role", "insert into custom_role (workspace_id, id, name, permissions, created_at, updated_at) "
                        + "values (?::uuid, ?::uuid, 'Epoch role', 'CLIENTS_READ', now(), now())", w.id(), role.toString()},
                new String[] {"a custom role's permissions", "update custom_role set permissions = '' where workspace_id = ?::uuid and id = ?::uuid",
                        w.id(), role.toString()},
                new String[] {"a new person", "insert into person (id, issuer, subject, created_at) values (?::uuid, 'https://epochs.example', ?, now())",
                        person.toString(), person.toString()},
                new String[] {"a new membership", "insert into membership (workspace_id, id, person_id, role, status, created_at) "
                        + "values (?::uuid, ?::uuid, ?::uuid, 'ASSISTANT', 'ACTIVE', now())", w.id(), membership.toString(), person.toString()},
                new String[] {"a membership removed", "delete from membership where workspace_id = ?::uuid and id = ?::uuid", w.id(),
                        membership.toString()},
                new String[] {"a custom role removed", "delete from custom_role where workspace_id = ?::uuid and id = ?::uuid", w.id(),
                        role.toString()});
        List<String> unchanged = new ArrayList<>();
        String before = epochs(w.id(), subject);
        assertTrue(before.matches("[0-9a-f-]{36}:[0-9a-f-]{36}"), before);
        for (String[] change : changes) {
            String[] parameters = java.util.Arrays.copyOfRange(change, 2, change.length);
            sql(change[1], parameters);
            String after = epochs(w.id(), subject);
            boolean personChange = change[0].equals("a person");
            String[] b = before.split(":");
            String[] a = after.split(":");
            // a change to the person replaces the person's epoch; any other the workspace's (a new person: neither)
            boolean replaced = personChange ? !a[1].equals(b[1]) && a[0].equals(b[0])
                    : change[0].equals("a new person") ? after.equals(before) : !a[0].equals(b[0]) && a[1].equals(b[1]);
            if (!replaced) {
                unchanged.add(change[0] + ": " + before + " -> " + after);
            }
            before = after;
        }
        assertEquals(List.of(), unchanged, "changes that left the wrong epochs");
        sql("delete from person where id = ?::uuid", person.toString());
    }

    static String epochs(String workspace, String subject) throws Exception {
        try (Connection c = DriverManager.getConnection(TestServer.DB_URL, "postgres", "")) {
            c.setAutoCommit(false);
            try (PreparedStatement q = c.prepareStatement("select coachkeep_enter_workspace(?::uuid, ?, ?)")) {
                q.setString(1, workspace);
                q.setString(2, TestServer.ISSUER);
                q.setString(3, subject);
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            } finally {
                c.rollback();
            }
        }
    }

    static void sql(String statement, String... parameters) throws Exception {
        try (Connection c = DriverManager.getConnection(TestServer.DB_URL, "postgres", ""); PreparedStatement s = c.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setString(i + 1, parameters[i]);
            }
            assertEquals(1, s.executeUpdate(), statement);
        }
    }
}
