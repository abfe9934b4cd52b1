package com.coachkeep.e2e;

import static com.coachkeep.e2e.IsolationMatrixIT.Insider.ASSISTANT;
import static com.coachkeep.e2e.IsolationMatrixIT.Insider.CLIENT;
import static com.coachkeep.e2e.IsolationMatrixIT.Insider.COACH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.testing.LiveOpenApi;
import com.coachkeep.testing.TestServer;
import com.coachkeep.testing.Tokens;
import com.coachkeep.testing.Workspaces;
import com.coachkeep.testing.Workspaces.Member;
import com.coachkeep.testing.Workspaces.Populated;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The cross-workspace matrix over the whole API, generated from the live OpenAPI document: every operation the
 * server publishes is called on victim workspace A's real resources by the owner, coach, assistant and client of
 * workspace B, with no token, an expired one, one for another audience, one under an unknown key id and one under
 * a known key id but signed by another key; inside A, by the members the matrix says must be refused (an
 * assistant on owner-only operations, a client on staff operations), by A's client on another client's data, and
 * by A's assistant with every HTTP method a path does not document. None may succeed, and no answer may carry
 * A's data (names, emails, note text, ids the caller did not send).
 *
 * <p>The matrix below needs one entry per operation: an operation in {@code /openapi} without one fails the
 * test, and so does an entry for an operation that no longer exists. See docs/promises.md, "The isolation
 * matrix", for how to add one.
 */
@Tag("promise:P-ISO-4")
@Tag("promise:P-ISO-3")
class IsolationMatrixIT {

    /** Members of the victim workspace who, besides everyone outside it, must be refused an operation. */
    enum Insider { COACH, ASSISTANT, CLIENT }

    /** How an operation relates to workspaces, and so what the matrix checks. */
    enum Kind {
        /** Acts on one workspace's data: refused to all of B and to the insiders named. */
        SCOPED,
        /** The caller's own data only, in no workspace: B's members may succeed, but never see anything of A. */
        OWN_DATA,
        /** Authorized by a secret in the path: B's members holding A's real secret are still refused (not theirs). */
        BY_SECRET,
        /**
         * Public platform information or intake, in no workspace, open without a token (web.xml names each path): any
         * caller may succeed (or be rate-limited, 429), but no answer may be a server error or carry anything of A.
         */
        PUBLIC
    }

    // -----------------------------------------------------------------------------------------------------------
    // THE MATRIX: one line per operation of /openapi. Path parameters are filled by name from victimIds();
    // the insiders listed after the body are A's members who must be refused as well.
    // -----------------------------------------------------------------------------------------------------------
    static final List<Entry> MATRIX = List.of(
            // workspace settings
            scoped("GET    /api/v1/workspaces/{workspaceId}", null),
            scoped("PATCH  /api/v1/workspaces/{workspaceId}", Map.of("name", "Hijacked"), COACH, ASSISTANT, CLIENT),
            // deletion: the owner only (WORKSPACE_DELETE); A's owner is never a caller here, so A is not deleted
            scoped("DELETE /api/v1/workspaces/{workspaceId}", Map.of("confirmName", "Victim"), COACH, ASSISTANT, CLIENT),
            scoped("GET    /api/v1/workspaces/{workspaceId}/deletion", null, COACH, ASSISTANT, CLIENT),
            // staff and invitations
            scoped("GET    /api/v1/workspaces/{workspaceId}/staff", null, CLIENT),
            scoped("POST   /api/v1/workspaces/{workspaceId}/staff/invitations",
                    Map.of("email", "intruder@evil.example", "role", "coach"), COACH, ASSISTANT, CLIENT),
            scoped("PATCH  /api/v1/workspaces/{workspaceId}/staff/{membershipId}", Map.of("role", "assistant"), COACH, ASSISTANT, CLIENT),
            scoped("DELETE /api/v1/workspaces/{workspaceId}/staff/{membershipId}", null, COACH, ASSISTANT, CLIENT),
            scoped("GET    /api/v1/workspaces/{workspaceId}/invitations", null, COACH, ASSISTANT, CLIENT),
            scoped("POST   /api/v1/workspaces/{workspaceId}/invitations/{invitationId}/resend", null, COACH, ASSISTANT, CLIENT),
            scoped("DELETE /api/v1/workspaces/{workspaceId}/invitations/{invitationId}", null, COACH, ASSISTANT, CLIENT),
            // clients
            scoped("GET    /api/v1/workspaces/{workspaceId}/clients", null, CLIENT),
            scoped("POST   /api/v1/workspaces/{workspaceId}/clients",
                    Map.of("displayName", "Intruder", "email", "intruder2@evil.example"), ASSISTANT, CLIENT),
            scoped("GET    /api/v1/workspaces/{workspaceId}/clients/me", null, COACH, ASSISTANT),
            // a client deleting their own data (SELF_DELETE): A's client is never a caller here, so they stay
            scoped("DELETE /api/v1/workspaces/{workspaceId}/clients/me", Map.of("confirm", true), COACH, ASSISTANT),
            scoped("GET    /api/v1/workspaces/{workspaceId}/clients/{clientId}", null, ASSISTANT),
            scoped("PATCH  /api/v1/workspaces/{workspaceId}/clients/{clientId}", Map.of("status", "archived"), ASSISTANT, CLIENT),
            scoped("DELETE /api/v1/workspaces/{workspaceId}/clients/{clientId}/access", null, ASSISTANT, CLIENT),
            scoped("GET    /api/v1/workspaces/{workspaceId}/clients/{clientId}/notes", null, ASSISTANT, CLIENT),
            scoped("POST   /api/v1/workspaces/{workspaceId}/clients/{clientId}/notes", Map.of("body", "injected"), ASSISTANT, CLIENT),
            // roles: the owner only (ROLES_MANAGE)
            scoped("GET    /api/v1/workspaces/{workspaceId}/roles", null, COACH, ASSISTANT, CLIENT),
            scoped("POST   /api/v1/workspaces/{workspaceId}/roles", Map.of("name", "Front desk", "permissions", List.of("clients_read_all")),
                    COACH, ASSISTANT, CLIENT),
            scoped("GET    /api/v1/workspaces/{workspaceId}/roles/{roleId}", null, COACH, ASSISTANT, CLIENT),
            scoped("PATCH  /api/v1/workspaces/{workspaceId}/roles/{roleId}", Map.of("name", "Hijacked"), COACH, ASSISTANT, CLIENT),
            scoped("DELETE /api/v1/workspaces/{workspaceId}/roles/{roleId}", null, COACH, ASSISTANT, CLIENT),
            // audit trail: the owner only
            scoped("GET    /api/v1/workspaces/{workspaceId}/audit-events", null, COACH, ASSISTANT, CLIENT),
            scoped("GET    /api/v1/workspaces/{workspaceId}/audit-events/verification", null, COACH, ASSISTANT, CLIENT),
            scoped("GET    /api/v1/workspaces/{workspaceId}/support-grants", null, COACH, ASSISTANT, CLIENT),
            // an active grant of support in A (written as the database superuser, as support's console would make it)
            scoped("DELETE /api/v1/workspaces/{workspaceId}/support-grants/{grantId}", null, COACH, ASSISTANT, CLIENT),
            scoped("POST   /api/v1/workspaces/{workspaceId}/exports", null, COACH, ASSISTANT, CLIENT),
            scoped("GET    /api/v1/workspaces/{workspaceId}/exports/{exportId}", null, COACH, ASSISTANT, CLIENT),
            scoped("POST   /api/v1/workspaces/{workspaceId}/clients/me/exports", null, COACH, ASSISTANT),
            // not workspace-scoped
            ownData("GET    /api/v1/me", null, "the caller's own person and memberships"),
            // sent unconfirmed, so B's members keep their accounts for the rest of the matrix (AccountDeletionIT deletes)
            ownData("DELETE /api/v1/me", Map.of("confirm", false), "the caller's own account"),
            ownData("GET    /api/v1/me/notification-preferences", null, "the caller's own email preferences"),
            ownData("PUT    /api/v1/me/notification-preferences", Map.of("subProcessorChanges", true), "the caller's own email preferences"),
            ownData("POST   /api/v1/workspaces", Map.of("name", "Attacker's own", "timezone", "Europe/Berlin", "currency", "EUR",
                    "locale", "en"), "founds a new workspace owned by the caller"),
            bySecret("POST   /api/v1/invitations/{token}/accept", null,
                    "the link's secret admits only the invited, verified email address"),
            // public: no token needed, no workspace data
            open("POST   /api/v1/security-reports", Map.of("summary", "Matrix probe", "details", "A report sent by the isolation matrix."),
                    "vulnerability report intake; answers only a tracking id"),
            open("GET    /api/v1/sub-processors", null, "the public sub-processor list"),
            open("GET    /api/v1/status", null, "the platform's status, components only"),
            bySecret("GET    /api/v1/exports/{exportId}/download", null,
                    "the link's secret works only with the token of the person who asked for the export"));

    /** Token variants every operation refuses with 401, made from A's owner's own identity. */
    static Map<String, String> badTokens() {
        Tokens.Person p = a.owner().person();
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("no token", null);
        tokens.put("expired token", Tokens.expired(p, 120));
        tokens.put("token for another audience", Tokens.forAudience(p, "another-api"));
        tokens.put("token under an unknown kid", Tokens.signedUnderUnknownKid(p));
        tokens.put("token with a known kid, signed by another key", Tokens.signedByStranger(p));
        return tokens;
    }

    /** Real ids in workspace A, by path-parameter name. An operation with a new parameter needs its id in VictimWorkspace. */
    static Map<String, String> victimIds() {
        return victim.ids();
    }

    // -----------------------------------------------------------------------------------------------------------

    record Entry(String method, String path, Kind kind, Object body, Set<Insider> deniedInside, String why) {
        String operation() {
            return method + " " + path;
        }
    }

    static Entry scoped(String operation, Object body, Insider... deniedInside) {
        String[] o = operation.trim().split("\\s+");
        Set<Insider> insiders = deniedInside.length == 0 ? EnumSet.noneOf(Insider.class) : EnumSet.copyOf(List.of(deniedInside));
        return new Entry(o[0], o[1], Kind.SCOPED, body, insiders, "workspace data");
    }

    static Entry ownData(String operation, Object body, String why) {
        String[] o = operation.trim().split("\\s+");
        return new Entry(o[0], o[1], Kind.OWN_DATA, body, EnumSet.noneOf(Insider.class), why);
    }

    static Entry bySecret(String operation, Object body, String why) {
        String[] o = operation.trim().split("\\s+");
        return new Entry(o[0], o[1], Kind.BY_SECRET, body, EnumSet.noneOf(Insider.class), why);
    }

    static Entry open(String operation, Object body, String why) {
        String[] o = operation.trim().split("\\s+");
        return new Entry(o[0], o[1], Kind.PUBLIC, body, EnumSet.noneOf(Insider.class), why);
    }

    private static final Set<String> HTTP_METHODS = new LinkedHashSet<>(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
    private static final Set<Integer> REFUSED = Set.of(401, 403, 404);
    private static final Set<Integer> REFUSED_OR_NO_SUCH_METHOD = Set.of(401, 403, 404, 405);

    static VictimWorkspace victim;
    static Populated a;
    static Populated b;
    static String pendingEmail;
    static String pendingToken;
    static String roleId;
    static String exportId;
    static String grantId;
    static String victimName;

    @BeforeAll
    static void victimAndAttackers() throws Exception {
        victimName = "Matrix Victim " + UUID.randomUUID().toString().substring(0, 8);
        victim = VictimWorkspace.create(victimName);
        a = victim.a();
        b = Workspaces.populated("Matrix Attacker");
        pendingEmail = victim.pendingEmail();
        pendingToken = victim.pendingToken();
        roleId = victim.roleId();
        exportId = victim.exportId();
        grantId = victim.grantId();
    }

    /** The operations the server publishes, as "METHOD /path/{template}". */
    static Set<String> liveOperations() {
        return LiveOpenApi.operationKeys();
    }

    @Test
    void everyPublishedOperationHasAnEntryAndEveryEntryAnOperation() {
        Set<String> live = liveOperations();
        Set<String> entries = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        for (Entry e : MATRIX) {
            if (!entries.add(e.operation())) {
                problems.add("two matrix entries for " + e.operation());
            }
        }
        for (String op : live) {
            if (!entries.contains(op)) {
                problems.add("no isolation matrix entry for " + op + " (add one to IsolationMatrixIT.MATRIX)");
            }
        }
        for (String op : entries) {
            if (!live.contains(op)) {
                problems.add("matrix entry for " + op + ", which /openapi does not publish (remove or correct it)");
            }
        }
        assertTrue(live.size() >= 20, "only " + live.size() + " operations read from /openapi: " + live);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void noOperationLetsAnyoneOutsideItsWorkspaceOrRoleInAndNoAnswerCarriesTheVictimsData() {
        Set<String> live = liveOperations();
        Map<String, String> ids = victimIds();
        Map<String, String> tokens = badTokens();
        Map<String, Member> outsiders = new LinkedHashMap<>();
        outsiders.put("B's owner", b.owner());
        outsiders.put("B's coach", b.coach());
        outsiders.put("B's assistant", b.assistant());
        outsiders.put("B's client", b.client());
        Map<Insider, Member> insiders = Map.of(COACH, a.coach(), ASSISTANT, a.assistant(), CLIENT, a.client());

        Tally total = new Tally();
        List<String> lines = new ArrayList<>();
        for (Entry e : MATRIX) {
            if (!live.contains(e.operation())) {
                continue; // reported by everyPublishedOperationHasAnEntryAndEveryEntryAnOperation
            }
            Tally t = new Tally();
            String path = fill(e.path(), ids);
            for (var bad : tokens.entrySet()) {
                check(t, bad.getKey(), e.method(), path, e.body(), bad.getValue(), e.kind() == Kind.PUBLIC ? null : Set.of(401),
                        secretsForOutsiders());
            }
            for (var outsider : outsiders.entrySet()) {
                Set<Integer> allowed = e.kind() == Kind.OWN_DATA || e.kind() == Kind.PUBLIC ? null : REFUSED;
                check(t, outsider.getKey(), e.method(), path, e.body(), outsider.getValue().token(), allowed, secretsForOutsiders());
            }
            if (e.kind() == Kind.SCOPED) {
                for (Insider insider : e.deniedInside()) {
                    check(t, "A's " + insider.name().toLowerCase(Locale.ROOT), e.method(), path, e.body(),
                            insiders.get(insider).token(), REFUSED, secretsFor(insider));
                }
                if (e.path().contains("{clientId}")) {
                    Map<String, String> other = new LinkedHashMap<>(ids);
                    other.put("clientId", a.otherClientId());
                    check(t, "A's client on another client", e.method(), fill(e.path(), other), e.body(), a.client().token(),
                            REFUSED, secretsFor(CLIENT));
                }
            }
            lines.add(String.format("isolation matrix: %-7s %-70s %-9s calls %3d  refused %3d  leaks %d%s", e.method(), e.path(),
                    e.kind().name().toLowerCase(Locale.ROOT), t.calls, t.refused, t.leaks.size(),
                    e.kind() == Kind.SCOPED ? "" : "  (" + e.why() + ")"));
            total.add(t);
        }

        // An assistant of A switching the method on every path: methods a path does not document are refused too.
        Tally switched = new Tally();
        Map<String, Set<String>> methodsByPath = new LinkedHashMap<>();
        for (String op : live) {
            String[] o = op.split(" ", 2);
            methodsByPath.computeIfAbsent(o[1], k -> new LinkedHashSet<>()).add(o[0]);
        }
        for (var p : methodsByPath.entrySet()) {
            for (String method : HTTP_METHODS) {
                if (!p.getValue().contains(method)) {
                    Object body = Set.of("GET", "DELETE").contains(method) ? null : Map.of();
                    check(switched, "A's assistant switching to " + method, method, fill(p.getKey(), ids), body,
                            a.assistant().token(), REFUSED_OR_NO_SUCH_METHOD, secretsFor(ASSISTANT));
                }
            }
        }
        lines.add(String.format("isolation matrix: %-7s %-70s %-9s calls %3d  refused %3d  leaks %d", "*", "undocumented methods on "
                + methodsByPath.size() + " paths, as A's assistant", "switch", switched.calls, switched.refused, switched.leaks.size()));
        total.add(switched);
        lines.add(String.format("isolation matrix: total: %d operations covered, %d calls, %d leaks, %d other failures",
                MATRIX.stream().filter(e -> live.contains(e.operation())).count(), total.calls, total.leaks.size(), total.failures.size()));
        lines.forEach(System.out::println);

        List<String> all = new ArrayList<>(total.leaks);
        all.addAll(total.failures);
        assertTrue(all.isEmpty(), all.size() + " problems:\n" + String.join("\n", all));
        victimIsUnchanged();
    }

    /** The control: A's own members reach every scoped read, so a 404 above means "refused", not "no such route". */
    @Test
    void theVictimsOwnMembersReachEveryScopedRead() {
        Set<String> live = liveOperations();
        List<String> unreachable = new ArrayList<>();
        for (Entry e : MATRIX) {
            if (e.kind() != Kind.SCOPED || !e.method().equals("GET") || !live.contains(e.operation())) {
                continue;
            }
            String path = fill(e.path(), victimIds());
            boolean reached = false;
            for (Member m : List.of(a.owner(), a.coach(), a.client())) {
                if (TestServer.as(m.token()).get(path).statusCode() == 200) {
                    reached = true;
                    break;
                }
            }
            if (!reached) {
                unreachable.add(e.operation());
            }
        }
        assertTrue(unreachable.isEmpty(), "no member of A reaches: " + unreachable);
    }

    /** A tally of calls of one row of the table. */
    static final class Tally {
        int calls;
        int refused;
        final List<String> leaks = new ArrayList<>();
        final List<String> failures = new ArrayList<>();

        void add(Tally t) {
            calls += t.calls;
            refused += t.refused;
            leaks.addAll(t.leaks);
            failures.addAll(t.failures);
        }
    }

    /**
     * One call. {@code allowed} null means any answer but a server error will do (the caller's own data); otherwise
     * a 2xx is a leak and any other status outside {@code allowed} a failure. Either way neither the body nor a
     * header may carry any of the secrets, except ids the caller sent in the path.
     */
    static void check(Tally t, String who, String method, String path, Object body, String token, Set<Integer> allowed,
            List<String> secrets) {
        RequestSpecification r = token == null ? TestServer.request() : TestServer.as(token);
        if (body != null) {
            r = r.contentType(ContentType.JSON).body(body);
        }
        Response response = r.request(method, path);
        int status = response.statusCode();
        String text = response.asString() + "\n" + response.getHeaders();
        String call = who + ": " + method + " " + path + " -> " + status;
        t.calls++;
        if (allowed == null) {
            if (status >= 500) {
                t.failures.add(call + " (server error) " + text);
            }
        } else if (status >= 200 && status < 300) {
            t.leaks.add(call + " (succeeded) " + text);
        } else if (!allowed.contains(status)) {
            t.failures.add(call + " (expected one of " + new TreeSet<>(allowed) + ") " + text);
        } else {
            t.refused++;
        }
        for (String secret : secrets) {
            if (secret != null && text.contains(secret) && !path.contains(secret)) {
                t.leaks.add(call + " carries " + secret);
            }
        }
    }

    /** What of A nobody outside A may read: its name, every email and name, the note, every id. */
    static List<String> secretsForOutsiders() {
        List<String> s = new ArrayList<>(List.of(victimName, pendingEmail, a.noteId(), a.id(), a.clientId(), a.otherClientId(),
                a.pendingInvitationId(), "Knee pain after squats"));
        for (Member m : List.of(a.owner(), a.coach(), a.assistant(), a.client(), a.otherClient())) {
            s.add(m.person().email());
            s.add(m.person().name());
            s.add(m.membershipId());
        }
        return s;
    }

    /** What of A an insider who is refused an operation must not read through it. */
    static List<String> secretsFor(Insider insider) {
        List<String> s = new ArrayList<>(List.of(pendingEmail, a.otherClient().person().email(), a.otherClient().person().name(),
                a.otherClientId()));
        if (insider != COACH) {
            s.add("Knee pain after squats");
            s.add(a.noteId());
        }
        if (insider == ASSISTANT) {
            s.add(a.client().person().email());
            s.add(a.client().person().name());
        }
        return s;
    }

    static String fill(String template, Map<String, String> ids) {
        return VictimWorkspace.fill(template, ids);
    }

    /** Nothing the calls tried changed A. */
    static void victimIsUnchanged() {
        String owner = a.owner().token();
        assertEquals(victimName, TestServer.as(owner).get("/api/v1/workspaces/{w}", a.id()).then().statusCode(200).extract().path("name"));
        List<String> staff = TestServer.as(owner).get("/api/v1/workspaces/{w}/staff", a.id()).then().statusCode(200)
                .extract().path("items.membershipId");
        assertTrue(staff.contains(a.coach().membershipId()), "A's coach is gone: " + staff);
        assertEquals("coach", TestServer.as(owner).get("/api/v1/workspaces/{w}/staff", a.id()).then().extract()
                .path("items.find { it.membershipId == '" + a.coach().membershipId() + "' }.role"));
        List<String> invitations = TestServer.as(owner).get("/api/v1/workspaces/{w}/invitations?limit=100", a.id()).then()
                .statusCode(200).extract().path("items.id");
        assertTrue(invitations.contains(a.pendingInvitationId()), "A's pending invitation is gone: " + invitations);
        assertEquals("active", TestServer.as(owner).get("/api/v1/workspaces/{w}/clients/{c}", a.id(), a.clientId()).then()
                .statusCode(200).extract().path("status"));
        List<String> clients = TestServer.as(owner).get("/api/v1/workspaces/{w}/clients?limit=100", a.id()).then().statusCode(200)
                .extract().path("items.id");
        assertEquals(Set.of(a.clientId(), a.otherClientId()), Set.copyOf(clients));
        List<String> notes = TestServer.as(owner).get("/api/v1/workspaces/{w}/clients/{c}/notes", a.id(), a.clientId()).then()
                .statusCode(200).extract().path("items.id");
        assertEquals(List.of(a.noteId()), notes);
        TestServer.as(a.client().token()).get("/api/v1/workspaces/{w}/clients/me", a.id()).then().statusCode(200);
        assertEquals("active", TestServer.as(owner).get("/api/v1/workspaces/{w}/support-grants", a.id()).then().statusCode(200)
                .extract().path("items.find { it.id == '" + grantId + "' }.status"), "A's support grant was ended by someone else");
        // The invitation's secret still works for the person it was sent to: nobody else consumed it.
        Tokens.Person invitee = new Tokens.Person("matrix-invitee-" + UUID.randomUUID(), pendingEmail, "Invitee");
        TestServer.as(Tokens.valid(invitee)).post("/api/v1/invitations/{t}/accept", pendingToken).then().statusCode(200);
    }
}
