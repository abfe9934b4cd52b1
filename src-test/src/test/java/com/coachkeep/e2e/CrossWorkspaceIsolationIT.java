package com.coachkeep.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.testing.TestServer;
import com.coachkeep.testing.Workspaces;
import com.coachkeep.testing.Workspaces.Member;
import com.coachkeep.testing.Workspaces.Populated;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every operation of this slice, called on workspace A's resources by each member of workspace B, answers
 * 403 or 404 and carries none of A's data; inside A, a client cannot reach another client.
 */
@Tag("promise:P-ISO-3")
@Tag("promise:P-ISO-1")
class CrossWorkspaceIsolationIT {
    private static Populated a;
    private static Populated b;
    private static String roleOfA;
    private static String roleOfB;

    record Call(String method, String path, Object body) {
    }

    @BeforeAll
    static void twoWorkspaces() {
        a = Workspaces.populated("Victim Strength Studio");
        b = Workspaces.populated("Attacker Fitness");
        roleOfA = customRole(a, "Victim Desk Role");
        roleOfB = customRole(b, "Attacker Desk Role");
    }

    static String customRole(Populated p, String name) {
        return TestServer.as(p.owner().token()).contentType(ContentType.JSON)
                .body(Map.of("name", name, "permissions", List.of("staff_read", "clients_read_all")))
                .post("/api/v1/workspaces/{w}/roles", p.id()).then().statusCode(201).extract().path("id");
    }

    /** Every workspace-scoped operation, aimed at A's real resources. */
    static List<Call> callsOnA() {
        String w = "/api/v1/workspaces/" + a.id();
        List<Call> calls = new ArrayList<>();
        calls.add(new Call("GET", w, null));
        calls.add(new Call("PATCH", w, Map.of("name", "Hijacked")));
        calls.add(new Call("GET", w + "/staff", null));
        calls.add(new Call("POST", w + "/staff/invitations", Map.of("email", "intruder@evil.example", "role", "coach")));
        calls.add(new Call("PATCH", w + "/staff/" + a.coach().membershipId(), Map.of("role", "assistant")));
        calls.add(new Call("DELETE", w + "/staff/" + a.coach().membershipId(), null));
        calls.add(new Call("GET", w + "/invitations", null));
        calls.add(new Call("POST", w + "/invitations/" + a.pendingInvitationId() + "/resend", null));
        calls.add(new Call("DELETE", w + "/invitations/" + a.pendingInvitationId(), null));
        calls.add(new Call("GET", w + "/clients", null));
        calls.add(new Call("POST", w + "/clients", Map.of("displayName", "Intruder", "email", "intruder2@evil.example")));
        calls.add(new Call("GET", w + "/clients/me", null));
        calls.add(new Call("GET", w + "/clients/" + a.clientId(), null));
        calls.add(new Call("PATCH", w + "/clients/" + a.clientId(), Map.of("status", "archived")));
        calls.add(new Call("DELETE", w + "/clients/" + a.clientId() + "/access", null));
        calls.add(new Call("GET", w + "/clients/" + a.clientId() + "/notes", null));
        calls.add(new Call("POST", w + "/clients/" + a.clientId() + "/notes", Map.of("body", "injected")));
        calls.add(new Call("GET", w + "/roles", null));
        calls.add(new Call("POST", w + "/roles", Map.of("name", "Intruder role", "permissions", List.of("clients_read_all"))));
        calls.add(new Call("GET", w + "/roles/" + roleOfA, null));
        calls.add(new Call("PATCH", w + "/roles/" + roleOfA, Map.of("permissions", List.of("billing_read"))));
        calls.add(new Call("DELETE", w + "/roles/" + roleOfA, null));
        return calls;
    }

    /** What of A must never appear in an answer to someone outside A. */
    static List<String> secretsOfA() {
        return List.of("Victim Strength Studio", a.owner().person().email(), a.coach().person().email(),
                a.client().person().email(), a.otherClient().person().email(), "Knee pain after squats", "Victim Desk Role");
    }

    static Response call(String token, Call c) {
        var r = TestServer.as(token);
        if (c.body() != null) {
            r = r.contentType(ContentType.JSON).body(c.body());
        }
        return r.request(c.method(), c.path());
    }

    @Test
    void membersOfAnotherWorkspaceCannotSeeOrChangeAnything() {
        Map<String, Member> attackers = new LinkedHashMap<>();
        attackers.put("owner", b.owner());
        attackers.put("coach", b.coach());
        attackers.put("assistant", b.assistant());
        attackers.put("client", b.client());
        List<String> leaks = new ArrayList<>();
        int calls = 0;
        for (var attacker : attackers.entrySet()) {
            for (Call c : callsOnA()) {
                Response r = call(attacker.getValue().token(), c);
                calls++;
                String body = r.asString();
                if (!Set.of(403, 404).contains(r.statusCode())) {
                    leaks.add(attacker.getKey() + " " + c.method() + " " + c.path() + " -> " + r.statusCode());
                }
                for (String secret : secretsOfA()) {
                    if (body.contains(secret)) {
                        leaks.add(attacker.getKey() + " " + c.method() + " " + c.path() + " leaked " + secret);
                    }
                }
            }
        }
        System.out.printf("cross-workspace calls: %d, leaks: %d%n", calls, leaks.size());
        assertTrue(leaks.isEmpty(), String.join("\n", leaks));
        // Nothing changed in A.
        TestServer.as(a.owner().token()).get("/api/v1/workspaces/{w}", a.id()).then().statusCode(200)
                .body("name", org.hamcrest.Matchers.equalTo("Victim Strength Studio"));
        TestServer.as(a.coach().token()).get("/api/v1/workspaces/{w}", a.id()).then().statusCode(200);
    }

    /** The control: the same reads succeed for A's own owner, so a 404 above means "refused", not "no such route". */
    @Test
    void theVictimsOwnerReachesEveryReadOperation() {
        List<String> unreachable = new ArrayList<>();
        for (Call c : callsOnA()) {
            if (c.method().equals("GET") && !c.path().endsWith("/clients/me")) {
                Response r = call(a.owner().token(), c);
                if (r.statusCode() != 200) {
                    unreachable.add(c.path() + " -> " + r.statusCode());
                }
            }
        }
        TestServer.as(a.client().token()).get("/api/v1/workspaces/{w}/clients/me", a.id()).then().statusCode(200);
        assertTrue(unreachable.isEmpty(), String.join("\n", unreachable));
    }

    @Test
    void foreignWorkspaceAnswersExactlyLikeAMissingOne() {
        Response foreign = TestServer.as(b.owner().token()).get("/api/v1/workspaces/{w}/clients/{c}", a.id(), a.clientId());
        Response missing = TestServer.as(b.owner().token()).get("/api/v1/workspaces/{w}/clients/{c}",
                "00000000-0000-4000-8000-000000000000", "00000000-0000-4000-8000-000000000001");
        assertEquals(404, foreign.statusCode());
        assertEquals(missing.statusCode(), foreign.statusCode());
        assertEquals((String) missing.path("type"), foreign.path("type"));
        assertEquals((String) missing.path("detail"), foreign.path("detail"));
    }

    @Test
    void ownWorkspaceIdsCannotReachAnotherWorkspacesResources() {
        // B's owner uses B's own workspace path with A's client id: still not found.
        TestServer.as(b.owner().token()).get("/api/v1/workspaces/{w}/clients/{c}", b.id(), a.clientId()).then().statusCode(404);
        TestServer.as(b.owner().token()).contentType(ContentType.JSON).body(Map.of("status", "paused"))
                .patch("/api/v1/workspaces/{w}/clients/{c}", b.id(), a.clientId()).then().statusCode(404);
        TestServer.as(b.owner().token()).delete("/api/v1/workspaces/{w}/staff/{m}", b.id(), a.coach().membershipId())
                .then().statusCode(404);
        TestServer.as(a.owner().token()).get("/api/v1/workspaces/{w}/staff", a.id()).then().statusCode(200)
                .body("items.membershipId", org.hamcrest.Matchers.hasItem(a.coach().membershipId()));
        // A's custom role through B's path: not found; given to B's staff: refused like a missing role.
        TestServer.as(b.owner().token()).get("/api/v1/workspaces/{w}/roles/{r}", b.id(), roleOfA).then().statusCode(404);
        TestServer.as(b.owner().token()).delete("/api/v1/workspaces/{w}/roles/{r}", b.id(), roleOfA).then().statusCode(404);
        Response foreignRole = TestServer.as(b.owner().token()).contentType(ContentType.JSON)
                .body(Map.of("role", "custom", "customRoleId", roleOfA))
                .patch("/api/v1/workspaces/{w}/staff/{m}", b.id(), b.assistant().membershipId());
        Response missingRole = TestServer.as(b.owner().token()).contentType(ContentType.JSON)
                .body(Map.of("role", "custom", "customRoleId", "00000000-0000-4000-8000-000000000000"))
                .patch("/api/v1/workspaces/{w}/staff/{m}", b.id(), b.assistant().membershipId());
        assertEquals(400, foreignRole.statusCode());
        assertEquals(missingRole.statusCode(), foreignRole.statusCode());
        assertEquals((String) missingRole.path("detail"), foreignRole.path("detail"));
        assertFalse(foreignRole.asString().contains("Victim Desk Role"));
        TestServer.as(a.owner().token()).get("/api/v1/workspaces/{w}/roles/{r}", a.id(), roleOfA).then().statusCode(200)
                .body("permissions", org.hamcrest.Matchers.equalTo(List.of("staff_read", "clients_read_all")));
        TestServer.as(b.owner().token()).get("/api/v1/workspaces/{w}/roles/{r}", b.id(), roleOfB).then().statusCode(200);
    }

    @Test
    void aClientCannotReadAnotherClientOfTheSameWorkspace() {
        Response r = TestServer.as(a.client().token()).get("/api/v1/workspaces/{w}/clients/{c}", a.id(), a.otherClientId());
        assertEquals(404, r.statusCode());
        assertFalse(r.asString().contains(a.otherClient().person().email()));
        TestServer.as(a.client().token()).get("/api/v1/workspaces/{w}/clients", a.id()).then().statusCode(403);
        TestServer.as(a.client().token()).get("/api/v1/workspaces/{w}/clients/{c}/notes", a.id(), a.clientId()).then().statusCode(403);
        TestServer.as(a.client().token()).get("/api/v1/workspaces/{w}/invitations", a.id()).then().statusCode(403);
    }

    @Test
    void aClientReadsOnlyTheirOwnRecordWithoutCoachLabelsOrNotes() {
        TestServer.as(a.client().token()).get("/api/v1/workspaces/{w}/clients/me", a.id()).then().statusCode(200)
                .body("id", org.hamcrest.Matchers.equalTo(a.clientId()))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("tags")));
        TestServer.as(a.client().token()).get("/api/v1/workspaces/{w}/clients/{c}", a.id(), a.clientId()).then().statusCode(200)
                .body("email", org.hamcrest.Matchers.equalTo(a.client().person().email()));
    }

    @Test
    void aCoachSeesOnlyAssignedClientsUnlessTheOwnerAllowsAll() {
        TestServer.as(a.coach().token()).get("/api/v1/workspaces/{w}/clients/{c}", a.id(), a.otherClientId()).then().statusCode(404);
        TestServer.as(a.coach().token()).get("/api/v1/workspaces/{w}/clients", a.id()).then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.contains(a.clientId()));
        TestServer.as(a.assistant().token()).get("/api/v1/workspaces/{w}/clients/{c}", a.id(), a.clientId()).then().statusCode(404);
        TestServer.as(a.owner().token()).get("/api/v1/workspaces/{w}/clients", a.id()).then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.containsInAnyOrder(a.clientId(), a.otherClientId()));
    }
}
