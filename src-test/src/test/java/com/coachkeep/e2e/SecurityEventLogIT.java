package com.coachkeep.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.testing.TestServer;
import com.coachkeep.testing.Tokens;
import com.coachkeep.testing.Workspaces;
import com.coachkeep.testing.Workspaces.Member;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every refusal reaches the server's log as one security event with who, which workspace, which operation and
 * the request id, and never anything from the token.
 */
class SecurityEventLogIT {
    private static final Path MESSAGES = Path.of(System.getProperty("coachkeep.test.itServerDir",
            "target/liberty/wlp/usr/servers/coachkeep-it-19080"), "logs", "messages.log");

    /** The security-event line of this request, waiting a little for the log to be written. */
    static String eventOf(String requestId) throws IOException, InterruptedException {
        for (int i = 0; i < 50; i++) {
            if (Files.exists(MESSAGES)) {
                Optional<String> line = Files.readAllLines(MESSAGES).stream()
                        .filter(l -> l.contains("security-event") && l.contains("requestId=" + requestId + " "))
                        .findFirst();
                if (line.isPresent()) {
                    return line.get();
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no security event for request " + requestId + " in " + MESSAGES);
    }

    static String personIdOf(Member m) {
        return TestServer.as(m.token()).get("/api/v1/me").then().statusCode(200).extract().path("id");
    }

    private static void assertHasNoTokenContents(String line, Member m) {
        assertFalse(line.contains(m.person().subject()), line);
        assertFalse(line.contains(m.person().email()), line);
        assertFalse(line.contains(m.token().substring(0, 20)), line);
    }

    @Test
    void anAccessDenialNamesThePersonWorkspaceOperationAndRequest() throws Exception {
        Member owner = Workspaces.signedIn("owner");
        String w = Workspaces.create(owner.token(), "Logged Gym");
        Member coach = Workspaces.addStaff(w, owner.token(), "coach");
        String requestId = "deny-" + UUID.randomUUID();

        TestServer.as(coach.token()).header("X-Request-Id", requestId).contentType(ContentType.JSON)
                .body(Map.of("name", "Mine", "permissions", List.of("staff_read")))
                .post("/api/v1/workspaces/{w}/roles", w).then().statusCode(403);

        String line = eventOf(requestId);
        assertTrue(line.contains("kind=access-denied person=" + personIdOf(coach) + " workspace=" + w), line);
        assertTrue(line.contains("operation=\"POST /api/v1/workspaces/{workspaceId}/roles\""), line);
        assertTrue(line.contains("detail=\"missing permission roles_manage\""), line);
        assertHasNoTokenContents(line, coach);
    }

    @Test
    void reachingIntoAnotherWorkspaceIsLoggedAsNotAMember() throws Exception {
        Member owner = Workspaces.signedIn("owner");
        String w = Workspaces.create(owner.token(), "Someone Else's Gym");
        Member outsider = Workspaces.signedIn("outsider");
        String requestId = "probe-" + UUID.randomUUID();

        TestServer.as(outsider.token()).header("X-Request-Id", requestId)
                .get("/api/v1/workspaces/{w}/clients", w).then().statusCode(404);

        String line = eventOf(requestId);
        assertTrue(line.contains("kind=not-a-member person=" + personIdOf(outsider) + " workspace=" + w), line);
        assertTrue(line.contains("operation=\"GET /api/v1/workspaces/{workspaceId}/clients\""), line);
        assertHasNoTokenContents(line, outsider);
    }

    @Test
    void aRequestWithoutAValidTokenIsLoggedAsAnonymous() throws Exception {
        Member forger = Workspaces.signedIn("forger");
        String w = UUID.randomUUID().toString();
        String requestId = "anon-" + UUID.randomUUID();

        TestServer.request().header("Authorization", "Bearer " + Tokens.signedByStranger(forger.person()))
                .header("X-Request-Id", requestId).get("/api/v1/workspaces/{w}", w).then().statusCode(401);

        String line = eventOf(requestId);
        assertTrue(line.contains("kind=unauthenticated person=anonymous workspace=" + w), line);
        assertTrue(line.contains("operation=\"GET /api/v1/workspaces/{id}\""), line);
        assertHasNoTokenContents(line, forger);
    }

    @Test
    void aStaffMemberWithoutTheRequiredSecondFactorIsLogged() throws Exception {
        Member owner = Workspaces.signedIn("owner");
        String w = Workspaces.create(owner.token(), "Strict Gym");
        Member coach = Workspaces.addStaff(w, owner.token(), "coach");
        TestServer.as(owner.token()).contentType(ContentType.JSON).body(Map.of("staffMfaRequired", true))
                .patch("/api/v1/workspaces/{w}", w).then().statusCode(200);
        String coachId = personIdOf(coach);
        String requestId = "mfa-" + UUID.randomUUID();

        TestServer.as(MfaPolicyIT.passwordOnly(coach)).header("X-Request-Id", requestId)
                .get("/api/v1/workspaces/{w}/staff", w).then().statusCode(403);

        String line = eventOf(requestId);
        assertTrue(line.contains("kind=mfa-required person=" + coachId + " workspace=" + w), line);
        assertTrue(line.contains("operation=\"GET /api/v1/workspaces/{workspaceId}/staff\""), line);
    }
}
