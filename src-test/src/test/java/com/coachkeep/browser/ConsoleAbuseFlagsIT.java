package com.coachkeep.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.testing.TestServer;
import com.coachkeep.testing.Tokens;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The security officer's abuse flags in the console (P-LOG-1): a person who keeps guessing invitation tokens is refused
 * with 429 and flagged; the officer finds the flag by the person's id and acknowledges it with a reason, which the
 * platform audit trail records.
 */
class ConsoleAbuseFlagsIT {
    @BeforeAll
    static void serverIsReady() {
        TestServer.awaitReady();
    }

    @Test
    @Tag("promise:P-LOG-1")
    void theOfficerAcknowledgesAnAbuseFlagWithAReasonAndTheAuditTrailRecordsIt() throws Exception {
        String token = Tokens.valid(Tokens.Person.fresh("flagged-guesser"));
        String personId = TestServer.as(token).get("/api/v1/me").then().statusCode(200).extract().path("id");
        int status = 0;
        for (int i = 0; i < 25 && status != 429; i++) {
            status = TestServer.as(token).post("/api/v1/invitations/" + UUID.randomUUID() + "/accept").statusCode();
        }
        assertEquals(429, status, "the invitation guesses are refused in the end");

        String reason = "Guessed invitation tokens; account watched " + UUID.randomUUID();
        try (ConsoleBrowser browser = new ConsoleBrowser()) {
            browser.signIn(ConsoleBrowser.Staff.OFFICER);
            browser.awaitView();
            assertTrue(browser.navigation().stream().anyMatch(n -> n.startsWith("Abuse flags")), browser.navigation().toString());
            browser.go("abuse-flags");
            assertEquals("Abuse flags", browser.awaitView());
            browser.click(By.xpath("//vaadin-grid-cell-content[contains(., '" + personId + "')]"));
            browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("acknowledge"))).click();
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#reason textarea"))).sendKeys(reason);
            browser.driver.findElement(By.id("confirm")).click();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("outcome-ok")));
        }
        try (Connection c = DriverManager.getConnection(TestServer.DB_URL, "postgres", "");
                PreparedStatement q = c.prepareStatement("select e.actor_kind, e.reason, f.state, f.limit_name from abuse_flag f "
                        + "join audit_event e on e.target_id = f.id::text and e.action = 'abuse_flag.acknowledged' "
                        + "where f.subject = ? and f.limit_name = 'invitation-accept'")) {
            q.setString(1, personId);
            try (ResultSet r = q.executeQuery()) {
                assertTrue(r.next(), "the acknowledged flag and its audit entry");
                assertEquals("SUPPORT", r.getString(1));
                assertEquals(reason, r.getString(2));
                assertEquals("ACKNOWLEDGED", r.getString(3));
            }
        }
    }
}
