package com.coachkeep.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;

/**
 * Builds real workspaces through the API: an owner who founds it, a coach and an assistant who accept staff
 * invitations, and clients who accept theirs (one assigned to the coach, one not).
 */
public final class Workspaces {
    private Workspaces() {
    }

    /** Someone signed in, with their token. */
    public record Member(Tokens.Person person, String token, String membershipId) {
    }

    /** A populated workspace and the ids of what it holds. */
    public record Populated(String id, Member owner, Member coach, Member assistant, Member client, Member otherClient,
            String clientId, String otherClientId, String noteId, String pendingInvitationId) {
    }

    public static String create(String ownerToken, String name) {
        return TestServer.as(ownerToken).contentType(ContentType.JSON)
                .body(Map.of("name", name, "timezone", "Europe/Berlin", "currency", "EUR", "locale", "en"))
                .post("/api/v1/workspaces")
                .then().statusCode(201).extract().path("id");
    }

    public static Member signedIn(String label) {
        Tokens.Person p = Tokens.Person.fresh(label);
        return new Member(p, Tokens.valid(p), null);
    }

    /** Invites a staff member, who accepts; returns them with their membership id. */
    public static Member addStaff(String workspaceId, String ownerToken, String role) {
        Member m = signedIn(role);
        TestServer.as(ownerToken).contentType(ContentType.JSON)
                .body(Map.of("email", m.person().email(), "role", role))
                .post("/api/v1/workspaces/{w}/staff/invitations", workspaceId)
                .then().statusCode(201);
        String membershipId = accept(m);
        return new Member(m.person(), m.token(), membershipId);
    }

    /** Invites a client (assigned to the given coach membership, or unassigned), who accepts; returns [member, clientId]. */
    public static Object[] addClient(String workspaceId, String staffToken, String assignedCoachId) {
        Member m = signedIn("client");
        Map<String, Object> body = assignedCoachId == null
                ? Map.of("displayName", m.person().name(), "email", m.person().email(), "tags", List.of("online"))
                : Map.of("displayName", m.person().name(), "email", m.person().email(), "assignedCoachId", assignedCoachId);
        String clientId = TestServer.as(staffToken).contentType(ContentType.JSON).body(body)
                .post("/api/v1/workspaces/{w}/clients", workspaceId)
                .then().statusCode(201).extract().path("id");
        String membershipId = accept(m);
        return new Object[] {new Member(m.person(), m.token(), membershipId), clientId};
    }

    public static String accept(Member m) {
        String token = Mailbox.invitationToken(m.person().email());
        Response r = TestServer.as(m.token()).post("/api/v1/invitations/{t}/accept", token);
        assertEquals(200, r.statusCode(), r.asString());
        return r.path("membershipId");
    }

    public static Populated populated(String name) {
        Member owner = signedIn("owner");
        String id = create(owner.token(), name);
        Member coach = addStaff(id, owner.token(), "coach");
        Member assistant = addStaff(id, owner.token(), "assistant");
        Object[] c1 = addClient(id, owner.token(), coach.membershipId());
        Object[] c2 = addClient(id, owner.token(), null);
        String clientId = (String) c1[1];
        String noteId = TestServer.as(coach.token()).contentType(ContentType.JSON)
                .body(Map.of("body", "Knee pain after squats; keep loads light."))
                .post("/api/v1/workspaces/{w}/clients/{c}/notes", id, clientId)
                .then().statusCode(201).extract().path("id");
        String pending = TestServer.as(owner.token()).contentType(ContentType.JSON)
                .body(Map.of("email", Tokens.Person.fresh("pending").email(), "role", "coach"))
                .post("/api/v1/workspaces/{w}/staff/invitations", id)
                .then().statusCode(201).extract().path("id");
        return new Populated(id, new Member(owner.person(), owner.token(), null), coach, assistant,
                (Member) c1[0], (Member) c2[0], clientId, (String) c2[1], noteId, pending);
    }
}
