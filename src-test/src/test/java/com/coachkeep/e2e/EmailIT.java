package com.coachkeep.e2e;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.testing.Mailbox;
import com.coachkeep.testing.TestServer;
import com.coachkeep.testing.Workspaces;
import com.coachkeep.testing.Workspaces.Member;
import io.restassured.http.ContentType;
import jakarta.mail.internet.InternetAddress;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Emails leave through the outbox after the commit, rendered from templates in the workspace's colours. */
class EmailIT {
    @Test
    void anInvitationEmailIsDeliveredAfterTheCommitWithBothPartsAndTheWorkspacesBranding() throws Exception {
        Member owner = Workspaces.signedIn("email-owner");
        String w = TestServer.as(owner.token()).contentType(ContentType.JSON)
                .body(Map.of("name", "Harbour Barbell", "timezone", "Europe/Berlin", "currency", "EUR", "locale", "en",
                        "brandColor", "#7C3AED"))
                .post("/api/v1/workspaces").then().statusCode(201).extract().path("id");
        String invitee = "email-it-" + System.nanoTime() + "@example.com";

        TestServer.as(owner.token()).contentType(ContentType.JSON).body(Map.of("email", invitee, "role", "coach"))
                .post("/api/v1/workspaces/{w}/staff/invitations", w).then().statusCode(201);

        Mailbox.Mail mail = Mailbox.awaitMailTo(invitee);
        assertEquals("You're invited to Harbour Barbell", mail.message().getSubject());
        assertEquals("Harbour Barbell via Coachkeep", ((InternetAddress) mail.message().getFrom()[0]).getPersonal());
        assertTrue(mail.message().getMessageID().matches("<[0-9a-f]{40}@[^>]+>"), mail.message().getMessageID());
        assertTrue(mail.text().contains("as a coach"), mail.text());
        assertTrue(mail.html().contains("background:#7C3AED"), "the workspace's brand colour");
        assertFalse(mail.html().toLowerCase().contains("<img"), "no images, no tracking pixel");
        assertNull(mail.message().getHeader("List-Unsubscribe"), "an invitation is essential");
        assertEquals("auto-generated", mail.message().getHeader("Auto-Submitted", null));
    }

    @Test
    void theOutboxReportsItsFiguresOnTheReadinessEndpoint() {
        TestServer.request().get("/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'outbox' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'outbox' }.data.dead", notNullValue())
                .body("checks.find { it.name == 'outbox' }.data.pending", notNullValue());
    }
}
