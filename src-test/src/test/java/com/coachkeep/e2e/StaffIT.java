package com.coachkeep.e2e;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.coachkeep.testing.Mailbox;
import com.coachkeep.testing.TestServer;
import com.coachkeep.testing.Tokens;
import com.coachkeep.testing.Workspaces;
import com.coachkeep.testing.Workspaces.Member;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Staff: invitations accepted once by the invited person only, role changes, and removal that bites at once. */
class StaffIT {
    @Test
    @Tag("promise:P-ROLE-2")
    void removedCoachIsRejectedOnNextRequest() {
        Member owner = Workspaces.signedIn("owner");
        String w = Workspaces.create(owner.token(), "Removal Gym");
        Member coach = Workspaces.addStaff(w, owner.token(), "coach");
        TestServer.as(coach.token()).get("/api/v1/workspaces/{w}", w).then().statusCode(200);

        TestServer.as(owner.token()).delete("/api/v1/workspaces/{w}/staff/{m}", w, coach.membershipId()).then().statusCode(204);

        // The same, still unexpired token: refused on the very next request.
        TestServer.as(coach.token()).get("/api/v1/workspaces/{w}", w).then().statusCode(404);
        TestServer.as(coach.token()).get("/api/v1/workspaces/{w}/clients", w).then().statusCode(404);
        TestServer.as(coach.token()).get("/api/v1/me").then().statusCode(200)
                .body("memberships.workspaceId", not(hasItem(w)));
        TestServer.as(owner.token()).get("/api/v1/workspaces/{w}/staff", w).then().statusCode(200)
                .body("items.membershipId", not(hasItem(coach.membershipId())));
    }

    @Test
    @Tag("promise:P-ROLE-2")
    void clientWhoseAccessWasRevokedIsRejectedOnNextRequest() {
        Member owner = Workspaces.signedIn("owner");
        String w = Workspaces.create(owner.token(), "Client Removal Gym");
        Object[] added = Workspaces.addClient(w, owner.token(), null);
        Member client = (Member) added[0];
        String clientId = (String) added[1];
        TestServer.as(client.token()).get("/api/v1/workspaces/{w}/clients/me", w).then().statusCode(200);

        TestServer.as(owner.token()).delete("/api/v1/workspaces/{w}/clients/{c}/access", w, clientId).then().statusCode(200)
                .body("status", equalTo("archived"));

        TestServer.as(client.token()).get("/api/v1/workspaces/{w}/clients/me", w).then().statusCode(404);
        TestServer.as(owner.token()).get("/api/v1/workspaces/{w}/clients/{c}", w, clientId).then().statusCode(200)
                .body("status", equalTo("archived"));
    }

    @Test
    @Tag("promise:P-ROLE-1")
    void onlyTheOwnerManagesStaffAndSettings() {
        Member owner = Workspaces.signedIn("owner");
        String w = Workspaces.create(owner.token(), "Roles Gym");
        Member coach = Workspaces.addStaff(w, owner.token(), "coach");
        Member assistant = Workspaces.addStaff(w, owner.token(), "assistant");

        TestServer.as(assistant.token()).contentType(ContentType.JSON).body(Map.of("name", "Mine now"))
                .patch("/api/v1/workspaces/{w}", w).then().statusCode(403).contentType("application/problem+json");
        TestServer.as(coach.token()).contentType(ContentType.JSON).body(Map.of("email", "x@y.example", "role", "coach"))
                .post("/api/v1/workspaces/{w}/staff/invitations", w).then().statusCode(403);
        TestServer.as(coach.token()).delete("/api/v1/workspaces/{w}/staff/{m}", w, assistant.membershipId()).then().statusCode(403);
        TestServer.as(assistant.token()).contentType(ContentType.JSON).body(Map.of("displayName", "A", "email", "a@b.example"))
                .post("/api/v1/workspaces/{w}/clients", w).then().statusCode(403);

        TestServer.as(owner.token()).contentType(ContentType.JSON).body(Map.of("role", "coach"))
                .patch("/api/v1/workspaces/{w}/staff/{m}", w, assistant.membershipId()).then().statusCode(200)
                .body("role", equalTo("coach"));
        TestServer.as(assistant.token()).get("/api/v1/me").then().statusCode(200)
                .body("memberships.find { it.workspaceId == '" + w + "' }.role", equalTo("coach"));
    }

    @Test
    void invitationIsSingleUseAndOnlyForTheInvitedEmail() {
        Member owner = Workspaces.signedIn("owner");
        String w = Workspaces.create(owner.token(), "Invite Gym");
        Member invited = Workspaces.signedIn("invitee");
        TestServer.as(owner.token()).contentType(ContentType.JSON).body(Map.of("email", invited.person().email(), "role", "coach"))
                .post("/api/v1/workspaces/{w}/staff/invitations", w).then().statusCode(201)
                .body("status", equalTo("pending")).body("$", not(org.hamcrest.Matchers.hasKey("token")));
        String token = Mailbox.invitationToken(invited.person().email());

        Member stranger = Workspaces.signedIn("stranger");
        TestServer.as(stranger.token()).post("/api/v1/invitations/{t}/accept", token).then().statusCode(403)
                .body("type", equalTo("https://coachkeep.app/problems/invitation-email-mismatch"));

        Tokens.Person unverified = invited.person();
        String unverifiedToken = Tokens.sign(Tokens.claims(unverified).claim("email_verified", false).build(), Tokens.signingKey());
        TestServer.as(unverifiedToken).post("/api/v1/invitations/{t}/accept", token).then().statusCode(403);

        TestServer.as(invited.token()).post("/api/v1/invitations/{t}/accept", token).then().statusCode(200)
                .body("role", equalTo("coach")).body("workspaceId", equalTo(w));
        TestServer.as(invited.token()).post("/api/v1/invitations/{t}/accept", token).then().statusCode(409)
                .body("type", equalTo("https://coachkeep.app/problems/invitation-used"));
        TestServer.as(invited.token()).post("/api/v1/invitations/{t}/accept", "unknown-token-value-123456789").then().statusCode(404);
    }

    @Test
    void resentInvitationReplacesTheOldLinkAndRevokedOneStopsWorking() {
        Member owner = Workspaces.signedIn("owner");
        String w = Workspaces.create(owner.token(), "Resend Gym");
        Member invited = Workspaces.signedIn("invitee");
        String id = TestServer.as(owner.token()).contentType(ContentType.JSON)
                .body(Map.of("email", invited.person().email(), "role", "assistant"))
                .post("/api/v1/workspaces/{w}/staff/invitations", w).then().statusCode(201).extract().path("id");
        String first = Mailbox.invitationToken(invited.person().email());
        TestServer.as(owner.token()).post("/api/v1/workspaces/{w}/invitations/{i}/resend", w, id).then().statusCode(200);
        String second = Mailbox.invitationToken(invited.person().email());
        org.junit.jupiter.api.Assertions.assertNotEquals(first, second);
        TestServer.as(invited.token()).post("/api/v1/invitations/{t}/accept", first).then().statusCode(404);

        TestServer.as(owner.token()).delete("/api/v1/workspaces/{w}/invitations/{i}", w, id).then().statusCode(204);
        TestServer.as(invited.token()).post("/api/v1/invitations/{t}/accept", second).then().statusCode(409);
        TestServer.as(owner.token()).get("/api/v1/workspaces/{w}/invitations", w).then().statusCode(200)
                .body("items.id", not(hasItem(id)));
    }

    @Test
    void theOwnerCannotBeRemovedOrDemoted() {
        Member owner = Workspaces.signedIn("owner");
        String w = Workspaces.create(owner.token(), "Owner Gym");
        String ownerMembership = TestServer.as(owner.token()).get("/api/v1/me").then().statusCode(200).extract()
                .path("memberships.find { it.workspaceId == '" + w + "' }.membershipId");
        TestServer.as(owner.token()).delete("/api/v1/workspaces/{w}/staff/{m}", w, ownerMembership).then().statusCode(409)
                .body("type", equalTo("https://coachkeep.app/problems/owner-cannot-be-removed"));
        TestServer.as(owner.token()).contentType(ContentType.JSON).body(Map.of("role", "assistant"))
                .patch("/api/v1/workspaces/{w}/staff/{m}", w, ownerMembership).then().statusCode(409);
    }
}
