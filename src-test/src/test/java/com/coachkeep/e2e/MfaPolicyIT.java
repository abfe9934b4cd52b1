package com.coachkeep.e2e;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.coachkeep.testing.TestServer;
import com.coachkeep.testing.Tokens;
import com.coachkeep.testing.Workspaces;
import com.coachkeep.testing.Workspaces.Member;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * An owner can require multi-factor sign-in of their staff: staff tokens without a second factor are refused
 * with a problem that says what to do, clients are not affected, and the owner cannot switch it on from a
 * password-only session. Multi-factor is read from {@code amr}, or from {@code acr} when the value is one the
 * server is configured to trust (the test server trusts {@code urn:coachkeep:test:mfa}).
 */
@Tag("promise:P-AUTH-3")
class MfaPolicyIT {
    static final String MFA_PROBLEM = "https://coachkeep.app/problems/mfa-required";
    private Member owner;
    private Member coach;
    private Member client;
    private String w;

    @BeforeEach
    void workspaceWithStaffAndAClient() {
        owner = Workspaces.signedIn("owner");
        w = Workspaces.create(owner.token(), "Two Factor Gym");
        coach = Workspaces.addStaff(w, owner.token(), "coach");
        client = (Member) Workspaces.addClient(w, owner.token(), coach.membershipId())[0];
    }

    /** A token for the person signed in with a password only. */
    static String passwordOnly(Member m) {
        return Tokens.sign(Tokens.claims(m.person()).claim("amr", List.of("pwd")).build(), Tokens.signingKey());
    }

    static String withSecondFactor(Member m) {
        return Tokens.sign(Tokens.claims(m.person()).claim("amr", List.of("pwd", "mfa")).build(), Tokens.signingKey());
    }

    /** A password-only {@code amr}, but an authentication context class the server trusts as multi-factor. */
    static String withAcr(Member m, String acr) {
        return Tokens.sign(Tokens.claims(m.person()).claim("amr", List.of("pwd")).claim("acr", acr).build(), Tokens.signingKey());
    }

    private void requireMfa(String token, boolean on, int expectedStatus) {
        TestServer.as(token).contentType(ContentType.JSON).body(Map.of("staffMfaRequired", on))
                .patch("/api/v1/workspaces/{w}", w).then().statusCode(expectedStatus);
    }

    @Test
    void theOwnerCannotRequireMfaWithoutSigningInWithItFirst() {
        TestServer.as(passwordOnly(owner)).contentType(ContentType.JSON).body(Map.of("staffMfaRequired", true))
                .patch("/api/v1/workspaces/{w}", w).then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo(MFA_PROBLEM))
                .body("detail", containsString("second factor"));

        TestServer.as(owner.token()).get("/api/v1/workspaces/{w}", w).then().statusCode(200)
                .body("staffMfaRequired", equalTo(false));
        // Without the policy, a password-only sign-in reaches everything as before.
        TestServer.as(passwordOnly(coach)).get("/api/v1/workspaces/{w}/clients", w).then().statusCode(200);
    }

    @Test
    void whenRequiredStaffWithoutASecondFactorAreRefusedAndClientsAreNot() {
        requireMfa(withSecondFactor(owner), true, 200);
        TestServer.as(owner.token()).get("/api/v1/workspaces/{w}", w).then().statusCode(200)
                .body("staffMfaRequired", equalTo(true));

        TestServer.as(passwordOnly(coach)).get("/api/v1/workspaces/{w}/clients", w).then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo(MFA_PROBLEM))
                .body("title", equalTo("Multi-factor sign-in required"))
                .body("detail", containsString("sign in again with your second factor"));
        TestServer.as(passwordOnly(owner)).get("/api/v1/workspaces/{w}", w).then().statusCode(403)
                .body("type", equalTo(MFA_PROBLEM));
        TestServer.as(withSecondFactor(coach)).get("/api/v1/workspaces/{w}/clients", w).then().statusCode(200);

        TestServer.as(passwordOnly(client)).get("/api/v1/workspaces/{w}/clients/me", w).then().statusCode(200);
        TestServer.as(passwordOnly(client)).get("/api/v1/workspaces/{w}", w).then().statusCode(200);
        // Outside any workspace nothing changes for anyone.
        TestServer.as(passwordOnly(coach)).get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void aTrustedAuthenticationContextCountsAsMultiFactor() {
        requireMfa(withAcr(owner, "urn:coachkeep:test:mfa"), true, 200);

        TestServer.as(withAcr(coach, "urn:coachkeep:test:mfa")).get("/api/v1/workspaces/{w}/clients", w).then().statusCode(200);
        TestServer.as(withAcr(coach, "urn:coachkeep:test:password")).get("/api/v1/workspaces/{w}/clients", w).then().statusCode(403)
                .body("type", equalTo(MFA_PROBLEM));
    }

    @Test
    void turningTheRequirementOffRestoresAccess() {
        requireMfa(withSecondFactor(owner), true, 200);
        TestServer.as(passwordOnly(coach)).get("/api/v1/workspaces/{w}", w).then().statusCode(403);

        requireMfa(withSecondFactor(owner), false, 200);

        TestServer.as(passwordOnly(coach)).get("/api/v1/workspaces/{w}", w).then().statusCode(200)
                .body("staffMfaRequired", equalTo(false));
        TestServer.as(passwordOnly(owner)).get("/api/v1/workspaces/{w}", w).then().statusCode(200);
    }

    @Test
    void onlyTheOwnerSetsThePolicy() {
        TestServer.as(withSecondFactor(coach)).contentType(ContentType.JSON).body(Map.of("staffMfaRequired", true))
                .patch("/api/v1/workspaces/{w}", w).then().statusCode(403)
                .body("type", equalTo("https://coachkeep.app/problems/forbidden"));
        TestServer.as(owner.token()).contentType(ContentType.JSON).body(Map.of("staffMfaRequired", "yes"))
                .patch("/api/v1/workspaces/{w}", w).then().statusCode(400)
                .body("errors[0].field", equalTo("staffMfaRequired"));
    }
}
