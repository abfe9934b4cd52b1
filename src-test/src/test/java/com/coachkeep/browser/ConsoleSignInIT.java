package com.coachkeep.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.testing.TestServer;
import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Staff sign in to the console through a real OpenID Connect provider (Keycloak) with a second factor, see what their
 * internal role allows, and act through the audited use cases.
 */
class ConsoleSignInIT {

    @BeforeAll
    static void serverIsReady() {
        TestServer.awaitReady();
    }

    /** Submits a report through the public intake, from a loopback address of its own (the intake limits each address). */
    static String submitReport(String summary) {
        java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
        String address = "127." + r.nextInt(1, 250) + "." + r.nextInt(1, 250) + "." + r.nextInt(2, 250);
        try {
            return TestServer.request().baseUri(TestServer.BASE_URL.replace("://localhost", "://127.0.0.1"))
                    .config(io.restassured.RestAssured.config().httpClient(io.restassured.config.HttpClientConfig.httpClientConfig()
                            .setParam("http.route.local-address", java.net.InetAddress.getByName(address))))
                    .contentType(ContentType.JSON)
                    .body(Map.of("summary", summary, "details", "Reflected input on the sign-in page, found while testing the console."))
                    .post("/api/v1/security-reports").then().statusCode(202).extract().path("trackingId");
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @Tag("promise:P-AUTH-3")
    void staffSignInWithPasswordAndOneTimeCodeOpensTheConsole() throws Exception {
        try (ConsoleBrowser browser = new ConsoleBrowser()) {
            long start = System.nanoTime();
            browser.signIn(ConsoleBrowser.Staff.OFFICER);
            assertEquals("Platform health", browser.awaitView());
            System.out.printf("console: sign-in submitted to health view interactive in %d ms%n", (System.nanoTime() - start) / 1_000_000);
            String who = browser.driver.findElement(By.id("signed-in-as")).getText();
            assertTrue(who.contains("Olivia Officer") && who.contains("security officer"), who);
            assertTrue(browser.navigation().contains("Security reports"), browser.navigation().toString());

            browser.driver.findElement(By.id("sign-out")).click();
            assertEquals("You have signed out",
                    browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("title"))).getText());
            browser.openConsole(); // signed out: the console asks for a sign-in again
        }
    }

    @Test
    @Tag("promise:P-AUTH-3")
    void signInWithoutASecondFactorIsRefusedWithWhatToDo() throws Exception {
        try (ConsoleBrowser browser = new ConsoleBrowser()) {
            browser.signIn(ConsoleBrowser.Staff.WITHOUT_SECOND_FACTOR);
            WebElement title = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("title")));
            assertEquals("Sign-in refused: a second factor is required", title.getText());
            String page = browser.driver.findElement(By.tagName("body")).getText();
            assertTrue(page.contains("What to do") && page.contains("pwd"), page);
            // Nothing of the console is reachable afterwards: the next visit signs in anew.
            browser.openConsole();
        }
    }

    @Test
    @Tag("promise:P-INT-2")
    void aSupportAgentSeesNoSecurityWorkAndCannotOpenIt() throws Exception {
        try (ConsoleBrowser browser = new ConsoleBrowser()) {
            browser.signIn(ConsoleBrowser.Staff.AGENT);
            assertEquals("Platform health", browser.awaitView());
            List<String> nav = browser.navigation();
            assertFalse(nav.stream().anyMatch(n -> n.startsWith("Security reports") || n.startsWith("Incidents")
                    || n.startsWith("Sub-processors")), nav.toString());
            assertTrue(nav.stream().anyMatch(n -> n.startsWith("Workspace look-up")), nav.toString());
            browser.go("security-reports");
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("access-denied")));
            assertTrue(browser.driver.findElements(By.id("reports")).isEmpty());
        }
    }

    @Test
    @Tag("promise:P-INT-1")
    @Tag("promise:P-DIS-1")
    void theOfficerAcknowledgesAReportWithAReasonAndTheAuditTrailRecordsIt() throws Exception {
        // an inbox longer than its viewport: the newest report is at the bottom of the oldest-first list, not yet rendered
        try (Connection c = DriverManager.getConnection(TestServer.DB_URL, "postgres", "");
                PreparedStatement older = c.prepareStatement("insert into security_report (id, received_at, summary, details, state, "
                        + "updated_at) select gen_random_uuid(), now() - interval '1 hour' + n * interval '1 second', "
                        + "'Earlier report ' || n, 'Found while testing.', 'NEW', now() from generate_series(1, 30) n")) {
            older.executeUpdate();
        }
        String summary = "Console test report " + UUID.randomUUID();
        String id = submitReport(summary);
        String reason = "Read it, reproduced it on staging " + UUID.randomUUID();
        try (ConsoleBrowser browser = new ConsoleBrowser()) {
            browser.signIn(ConsoleBrowser.Staff.OFFICER);
            browser.awaitView();
            browser.go("security-reports");
            assertEquals("Security reports", browser.awaitView());
            browser.clickRow("//vaadin-grid[@id='reports']", summary);
            browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("acknowledge"))).click();
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#reason textarea"))).sendKeys(reason);
            browser.driver.findElement(By.id("confirm")).click();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("outcome-ok")));
        }
        try (Connection c = DriverManager.getConnection(TestServer.DB_URL, "postgres", "");
                PreparedStatement q = c.prepareStatement("select actor_kind, actor_id, reason, details->>'internalRole' from audit_event "
                        + "where action = 'security_report.acknowledged' and target_id = ?")) {
            q.setString(1, id);
            try (ResultSet r = q.executeQuery()) {
                assertTrue(r.next(), "an audit entry of the acknowledgement");
                assertEquals("SUPPORT", r.getString(1));
                assertTrue(r.getString(2).contains("@" + ConsoleBrowser.KEYCLOAK + "/realms/coachkeep-staff"), r.getString(2));
                assertEquals(reason, r.getString(3));
                assertEquals("security_officer", r.getString(4));
            }
        }
    }
}
