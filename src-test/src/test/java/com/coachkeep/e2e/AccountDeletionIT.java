package com.coachkeep.e2e;

import static com.coachkeep.e2e.DeletionIT.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.testing.TestServer;
import com.coachkeep.testing.Tokens;
import com.coachkeep.testing.Workspaces;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A person deletes their whole account through {@code DELETE /api/v1/me}: as a client (P-DEL-2), as a coach, and
 * as an owner, who must delete their workspace first (P-DEL-1). What is left is read in the database as its
 * superuser, past row-level security.
 */
class AccountDeletionIT {
    private static final String DELETED = "https://coachkeep.app/problems/account-deleted";

    private static Response deleteAccount(String token, Object body) {
        return TestServer.as(token).contentType(ContentType.JSON).body(body).delete("/api/v1/me");
    }

    @Test
    @Tag("promise:P-DEL-2")
    @Tag("promise:P-AUTH-2")
    void aClientDeletesTheirAccountTheirTokenStopsWorkingAtOnceAndNothingIdentifiesThemAnyMore() throws Exception {
        Workspaces.Populated w = Workspaces.populated("Account " + UUID.randomUUID().toString().substring(0, 8));
        String personId = TestServer.as(w.client().token()).get("/api/v1/me").path("id");
        assertEquals(200, TestServer.as(w.client().token()).contentType(ContentType.JSON)
                .body(Map.of("subProcessorChanges", false)).put("/api/v1/me/notification-preferences").statusCode());

        Response r = deleteAccount(w.client().token(), Map.of("confirm", true));

        assertEquals(200, r.statusCode(), r.asString());
        assertEquals(1, r.<Integer>path("clientWorkspaces"));
        assertEquals(0, r.<Integer>path("staffWorkspaces"));
        assertEquals(0, count("select count(*) from client where workspace_id = ?::uuid and id = '" + w.clientId() + "'::uuid", w.id()));
        assertEquals(1, count("select count(*) from keystore.tombstone where workspace_id = ?::uuid and kind = 'CLIENT' and subject_id = '"
                + w.clientId() + "'::uuid", w.id()));
        assertEquals(0, count("select count(*) from notification_preference where person_id = ?::uuid", personId));
        assertEquals(0, count("select count(*) from idempotency_record where scope = ?", personId));
        assertEquals(1, count("select count(*) from person where id = ?::uuid and issuer = 'deleted' and email is null "
                + "and display_name is null and deleted_at is not null and identity_digest is not null", personId));
        assertTrue(DeletionIT.awaitMail(w.coach().person().email(), "left").text().contains(w.client().person().name()));
        Map<String, String> kept = new java.util.HashMap<>(DeletionIT.ID_KEPT);
        kept.put("public.audit_event.target_id", "the trail records that the client left (an id, no personal data)");
        kept.put("keystore.account_tombstone", "the record of the account's deletion (an id and a time), replayed after a restore");
        Map<String, Integer> traces = DeletionIT.awaitNoTraces(List.of(w.client().person().name(), w.client().person().email(),
                w.client().person().subject(), w.clientId()), kept);
        assertTrue(traces.isEmpty(), "the deleted account's name, email, subject or client record left in the database: " + traces);

        Response again = TestServer.as(w.client().token()).get("/api/v1/me");
        assertEquals(401, again.statusCode(), again.asString());
        assertEquals(DELETED, again.path("type"));
        assertEquals(401, TestServer.as(w.client().token()).get("/api/v1/workspaces/{w}/clients/me", w.id()).statusCode());

        Thread.sleep(1100); // a token issued after the deletion (issue times count whole seconds)
        String later = Tokens.valid(w.client().person());
        Response fresh = TestServer.as(later).get("/api/v1/me");
        assertEquals(200, fresh.statusCode(), fresh.asString());
        assertNotEquals(personId, fresh.path("id"), "a sign-in after the deletion starts a new account");
        assertEquals(List.of(), fresh.path("memberships"));
    }

    @Test
    @Tag("promise:P-DEL-1")
    void aCoachDeletesTheirAccountTheirMembershipEndsAndTheBusinessKeepsWhatTheyWrote() throws Exception {
        Workspaces.Populated w = Workspaces.populated("Coach leaves " + UUID.randomUUID().toString().substring(0, 8));
        String coachId = TestServer.as(w.coach().token()).get("/api/v1/me").path("id");
        int notes = count("select count(*) from coach_note where workspace_id = ?::uuid", w.id());

        Response r = deleteAccount(w.coach().token(), Map.of("confirm", true));

        assertEquals(200, r.statusCode(), r.asString());
        assertEquals(1, r.<Integer>path("staffWorkspaces"));
        assertEquals(0, count("select count(*) from membership where workspace_id = ?::uuid and status = 'ACTIVE' and person_id = '"
                + coachId + "'::uuid", w.id()));
        assertEquals(notes, count("select count(*) from coach_note where workspace_id = ?::uuid", w.id()), "the business keeps its notes");
        List<String> staff = TestServer.as(w.owner().token()).get("/api/v1/workspaces/{w}/staff", w.id()).path("items.membershipId");
        assertTrue(!staff.contains(w.coach().membershipId()), staff.toString());
        assertEquals(200, TestServer.as(w.owner().token()).get("/api/v1/workspaces/{w}/clients/{c}", w.id(), w.clientId()).statusCode());
        assertEquals(1, count("select count(*) from audit_event where workspace_id = ?::uuid and action = 'staff.account_deleted'", w.id()));
    }

    @Test
    void anOwnerIsAskedToDeleteTheirWorkspaceFirstAndUnconfirmedOrStaleRequestsDeleteNothing() throws Exception {
        String name = "Owned " + UUID.randomUUID().toString().substring(0, 8);
        Workspaces.Populated w = Workspaces.populated(name);
        String ownerId = TestServer.as(w.owner().token()).get("/api/v1/me").path("id");

        Response owns = deleteAccount(w.owner().token(), Map.of("confirm", true));
        assertEquals(409, owns.statusCode(), owns.asString());
        assertEquals("https://coachkeep.app/problems/account-owns-workspaces", owns.path("type"));
        assertTrue(owns.<String>path("detail").contains(name), owns.asString());

        assertEquals(400, deleteAccount(w.client().token(), Map.of("confirm", false)).statusCode());
        assertEquals(400, deleteAccount(w.client().token(), Map.of()).statusCode());
        String stale = Tokens.sign(Tokens.claims(w.client().person())
                .claim("auth_time", Instant.now().minus(Duration.ofMinutes(30)).getEpochSecond()).build(), Tokens.signingKey());
        Response staleAnswer = deleteAccount(stale, Map.of("confirm", true));
        assertEquals(403, staleAnswer.statusCode(), staleAnswer.asString());
        assertEquals("https://coachkeep.app/problems/recent-sign-in-required", staleAnswer.path("type"));

        assertEquals(200, TestServer.as(w.owner().token()).get("/api/v1/workspaces/{w}", w.id()).statusCode());
        assertEquals(200, TestServer.as(w.client().token()).get("/api/v1/workspaces/{w}/clients/me", w.id()).statusCode());
        assertEquals(0, count("select count(*) from person where id = ?::uuid and deleted_at is not null", ownerId));
    }
}
