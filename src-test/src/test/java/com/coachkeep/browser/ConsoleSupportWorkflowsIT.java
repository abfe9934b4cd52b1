package com.coachkeep.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.testing.Mailbox;
import com.coachkeep.testing.TestServer;
import com.coachkeep.testing.Workspaces;
import com.coachkeep.testing.Workspaces.Populated;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
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
 * The support workflows in the console, end to end: staff find a workspace made through the API and see its metadata
 * only; an agent asks for a grant and reads the roster under it, and the owner sees the grant, what was viewed and the
 * email; an officer suspends a workspace for abuse (its members are refused) and restores it, with the audit entries.
 */
class ConsoleSupportWorkflowsIT {
    private static Populated ws;

    @BeforeAll
    static void workspace() {
        TestServer.awaitReady();
        ws = Workspaces.populated("Console Lookup Studio " + UUID.randomUUID().toString().substring(0, 8));
    }

    /** The workspace's name as the API stored it. */
    static String name(Populated w) {
        return TestServer.as(w.owner().token()).get("/api/v1/workspaces/{w}", w.id()).then().statusCode(200).extract().path("name");
    }

    /** Looks up {@code query} in the look-up view (already open) and waits for the grid to show {@code expected}. */
    static WebElement lookUp(ConsoleBrowser browser, String query, String expected) {
        WebElement field = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#lookup-query input")));
        field.clear();
        field.sendKeys(query);
        browser.driver.findElement(By.id("lookup")).click();
        return browser.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//vaadin-grid[@id='workspaces']/vaadin-grid-cell-content[contains(., '" + expected + "')]")));
    }

    /** Waits for the view a navigation inside the console leads to (the previous view's title is there until then). */
    static void awaitViewTitled(ConsoleBrowser browser, String title) {
        browser.wait.until(ExpectedConditions.textToBe(By.id("view-title"), title));
    }

    static void confirmWithReason(ConsoleBrowser browser, String reason) {
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#reason textarea"))).sendKeys(reason);
        browser.driver.findElement(By.id("confirm")).click();
    }

    /** On the grants view with the workspace chosen: asks for a roster grant and opens the roster under it. */
    static void requestGrantAndOpenRoster(ConsoleBrowser browser, String workspaceId, String ticket, String reason, String client) {
        browser.wait.until(d -> workspaceId.equals(d.findElement(By.cssSelector("#grant-workspace input")).getDomProperty("value")));
        browser.click(By.id("grant-scope"));
        browser.click(By.xpath("//vaadin-select-item[@role='option' and contains(., 'Roster (clients)')]"));
        browser.driver.findElement(By.cssSelector("#grant-ticket input")).sendKeys(ticket);
        browser.driver.findElement(By.cssSelector("#grant-reason textarea")).sendKeys(reason);
        browser.click(By.id("request-grant"));
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("outcome-ok")));
        browser.clickRow("//vaadin-grid[@id='own-grants']", ticket);
        browser.click(By.id("view-roster"));
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//vaadin-grid[@id='roster']/vaadin-grid-cell-content[contains(., '" + client + "')]")));
    }

    @Test
    @Tag("promise:P-INT-1")
    void lookUpFindsAWorkspaceByNameAndByOwnerEmailAndShowsMetadataOnly() throws Exception {
        String name = name(ws);
        try (ConsoleBrowser browser = new ConsoleBrowser()) {
            browser.signIn(ConsoleBrowser.Staff.AGENT);
            browser.awaitView();
            assertTrue(browser.navigation().contains("Workspace look-up"), browser.navigation().toString());
            browser.go("workspaces");
            assertEquals("Workspace look-up", browser.awaitView());

            lookUp(browser, name.substring(0, name.length() - 3), name);
            lookUp(browser, ws.owner().person().email().toUpperCase(java.util.Locale.ROOT), ws.id());
            browser.clickRow("//vaadin-grid[@id='workspaces']", ws.id());
            WebElement details = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("workspace-name")));
            assertEquals(name, details.getText());
            String page = browser.driver.findElement(By.tagName("body")).getText();
            assertTrue(page.contains(ws.owner().person().email()) && page.contains("active"), page);
            assertTrue(page.contains("3 staff") && page.contains("2 clients"), page);
            for (String content : List.of(ws.client().person().name(), ws.otherClient().person().name(), "Knee pain",
                    ws.client().person().email())) {
                assertFalse(page.contains(content), "no content without a grant: " + content);
            }
        }
    }

    @Test
    @Tag("promise:P-INT-1")
    void anAgentReadsTheRosterUnderAGrantAndTheOwnerSeesTheGrantWhatWasViewedAndTheEmail() throws Exception {
        String name = name(ws);
        String ticket = "SUP-" + UUID.randomUUID().toString().substring(0, 6);
        String reason = "The owner asks why a client cannot sign in " + UUID.randomUUID();
        try (ConsoleBrowser browser = new ConsoleBrowser()) {
            browser.signIn(ConsoleBrowser.Staff.AGENT);
            browser.awaitView();
            browser.go("workspaces");
            browser.awaitView();
            lookUp(browser, ws.id(), name);
            browser.clickRow("//vaadin-grid[@id='workspaces']", name);
            browser.click(By.id("request-grant-for-workspace"));
            awaitViewTitled(browser, "Break-glass grants");
            requestGrantAndOpenRoster(browser, ws.id(), ticket, reason, ws.client().person().name());
            assertTrue(browser.driver.findElement(By.id("roster-shown")).getText().contains("recorded in the workspace's audit trail"));
        }

        JsonPath grants = TestServer.as(ws.owner().token()).get("/api/v1/workspaces/{w}/support-grants", ws.id()).then().statusCode(200)
                .extract().jsonPath();
        Map<String, Object> grant = grants.getMap("items.find { it.ticket == '" + ticket + "' }");
        assertEquals("active", grant.get("status"), grant.toString());
        assertEquals("roster", grant.get("scope"));
        assertEquals(reason, grant.get("reason"));
        assertEquals(1, ((Number) grant.get("views")).intValue(), grant.toString());

        JsonPath trail = TestServer.as(ws.owner().token()).queryParam("kind", "support").queryParam("limit", 100)
                .get("/api/v1/workspaces/{w}/audit-events", ws.id()).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> events = trail.getList("items.findAll { it.details?.ticket == '" + ticket + "' }");
        List<Object> kinds = events.stream().map(e -> e.get("kind")).toList();
        assertTrue(kinds.contains("support.access_granted") && kinds.contains("support.content_viewed"), events.toString());
        Map<String, Object> viewed = events.stream().filter(e -> "support.content_viewed".equals(e.get("kind"))).findFirst().orElseThrow();
        assertEquals(reason, viewed.get("reason"));
        assertEquals("clients", ((Map<?, ?>) viewed.get("details")).get("viewed"), viewed.toString());
        assertEquals("SUPPORT", ((Map<?, ?>) viewed.get("actor")).get("kind").toString().toUpperCase(java.util.Locale.ROOT));

        Mailbox.Mail notice = awaitMailContaining(ws.owner().person().email(), ticket);
        assertEquals("Coachkeep support has access to " + name, notice.message().getSubject());
        assertTrue(notice.text().contains(reason), notice.text());
    }

    @Test
    @Tag("promise:P-INT-1")
    @Tag("promise:P-INT-2")
    void coachNotesWaitForASecondPersonsApprovalAndAreReadUnderTheApprovedGrant() throws Exception {
        String ticket = "SUP-" + UUID.randomUUID().toString().substring(0, 6);
        String reason = "The owner reports a garbled coach note " + UUID.randomUUID();
        String approval = "Owner confirmed on the ticket " + UUID.randomUUID();
        try (ConsoleBrowser agent = new ConsoleBrowser()) {
            agent.signIn(ConsoleBrowser.Staff.AGENT);
            agent.awaitView();
            agent.go("grants?workspace=" + ws.id());
            assertEquals("Break-glass grants", agent.awaitView());
            assertTrue(agent.driver.findElements(By.id("pending-grants")).isEmpty(), "an agent approves nothing");
            agent.wait.until(d -> ws.id().equals(d.findElement(By.cssSelector("#grant-workspace input")).getDomProperty("value")));
            agent.click(By.id("grant-scope"));
            agent.click(By.xpath("//vaadin-select-item[contains(., 'Coach notes')]"));
            agent.driver.findElement(By.cssSelector("#grant-ticket input")).sendKeys(ticket);
            agent.driver.findElement(By.cssSelector("#grant-reason textarea")).sendKeys(reason);
            agent.click(By.id("request-grant"));
            agent.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("outcome-ok")));
            agent.clickRow("//vaadin-grid[@id='own-grants']", ticket);
            assertTrue(agent.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("grant-status"))).getText()
                    .startsWith("pending"));
            assertTrue(agent.driver.findElements(By.id("view-roster")).isEmpty(), "nothing to see before the approval");

            try (ConsoleBrowser officer = new ConsoleBrowser()) {
                officer.signIn(ConsoleBrowser.Staff.OFFICER);
                officer.awaitView();
                officer.go("grants");
                assertEquals("Break-glass grants", officer.awaitView());
                officer.click(By.xpath(
                        "//vaadin-grid[@id='pending-grants']/vaadin-grid-cell-content[contains(., '" + ticket + "')]"));
                officer.click(By.id("approve-grant"));
                confirmWithReason(officer, approval);
                officer.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("outcome-ok")));
            }

            agent.go("grants");
            agent.awaitView();
            agent.clickRow("//vaadin-grid[@id='own-grants']", ticket);
            agent.click(By.id("view-roster"));
            agent.click(By.xpath(
                    "//vaadin-grid[@id='roster']/vaadin-grid-cell-content[contains(., '" + ws.client().person().name() + "')]"));
            agent.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("coach-notes"), "Knee pain after squats"));
        }

        JsonPath grants = TestServer.as(ws.owner().token()).get("/api/v1/workspaces/{w}/support-grants", ws.id()).then().statusCode(200)
                .extract().jsonPath();
        Map<String, Object> grant = grants.getMap("items.find { it.ticket == '" + ticket + "' }");
        assertEquals("coach-notes", grant.get("scope"), grant.toString());
        assertEquals("active", grant.get("status"), grant.toString());
        assertTrue(String.valueOf(((Map<?, ?>) grant.get("approval")).get("staffId")).contains("/realms/coachkeep-staff"), grant.toString());
        JsonPath trail = TestServer.as(ws.owner().token()).queryParam("kind", "support").queryParam("limit", 100)
                .get("/api/v1/workspaces/{w}/audit-events", ws.id()).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> events = trail.getList("items.findAll { it.details?.ticket == '" + ticket + "' }");
        List<Object> kinds = events.stream().map(e -> e.get("kind")).toList();
        assertTrue(kinds.containsAll(List.of("support.access_requested", "support.access_granted", "support.content_viewed")),
                kinds.toString());
        assertTrue(events.stream().anyMatch(e -> "coach_notes".equals(((Map<?, ?>) e.get("details")).get("viewed"))), events.toString());
        assertFalse(trail.prettify().contains("Knee pain"), "what was viewed, never its content");
    }

    @Test
    void anOfficerSuspendsAWorkspaceForAbuseItsMembersAreRefusedAndTheTrailRecordsItUntilRestored() throws Exception {
        Workspaces.Member owner = Workspaces.signedIn("owner");
        String name = "Console Suspension Gym " + UUID.randomUUID().toString().substring(0, 8);
        String id = Workspaces.create(owner.token(), name);
        String suspendReason = "Phishing pages sent to clients, ticket ABUSE-" + UUID.randomUUID().toString().substring(0, 6);
        String restoreReason = "Pages removed and the owner warned " + UUID.randomUUID();
        try (ConsoleBrowser browser = new ConsoleBrowser()) {
            browser.signIn(ConsoleBrowser.Staff.OFFICER);
            browser.awaitView();
            assertTrue(browser.navigation().contains("Support actions"), browser.navigation().toString());
            browser.go("support-actions?workspace=" + id);
            assertEquals("Support actions", browser.awaitView());
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("action-workspace-status"), name + " · active"));
            assertTrue(browser.driver.findElements(By.id("resend-invitation")).isEmpty(), "an officer resends no invitations");
            assertTrue(browser.driver.findElements(By.id("dead-letters")).isEmpty(), "nor works the outbox");

            browser.click(By.id("suspend-workspace"));
            confirmWithReason(browser, suspendReason);
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("action-workspace-status"), "suspended"));
            Response refused = TestServer.as(owner.token()).get("/api/v1/workspaces/{w}", id);
            assertEquals(403, refused.statusCode(), refused.asString());
            assertEquals("https://coachkeep.app/problems/workspace-suspended", refused.path("type"));
            try (Connection c = DriverManager.getConnection(TestServer.DB_URL, "postgres", "");
                    PreparedStatement q = c.prepareStatement("select actor_kind, actor_id, reason, details->>'internalRole' from audit_event "
                            + "where workspace_id = ?::uuid and action = 'workspace.suspended'")) {
                q.setString(1, id);
                try (ResultSet r = q.executeQuery()) {
                    assertTrue(r.next(), "the workspace's trail records the suspension");
                    assertEquals("SUPPORT", r.getString(1));
                    assertTrue(r.getString(2).contains("/realms/coachkeep-staff"), r.getString(2));
                    assertEquals(suspendReason, r.getString(3));
                    assertEquals("security_officer", r.getString(4));
                }
            }

            browser.wait.until(ExpectedConditions.numberOfElementsToBe(By.id("outcome-ok"), 0));
            browser.click(By.id("restore-workspace"));
            confirmWithReason(browser, restoreReason);
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("action-workspace-status"), name + " · active"));
        }
        TestServer.as(owner.token()).get("/api/v1/workspaces/{w}", id).then().statusCode(200);
        JsonPath trail = TestServer.as(owner.token()).queryParam("kind", "workspace").queryParam("limit", 100)
                .get("/api/v1/workspaces/{w}/audit-events", id).then().statusCode(200).extract().jsonPath();
        List<String> kinds = trail.getList("items.kind");
        assertTrue(kinds.contains("workspace.suspended") && kinds.contains("workspace.restored"), kinds.toString());
        assertTrue(trail.getList("items.reason").containsAll(List.of(suspendReason, restoreReason)), trail.prettify());
    }

    @Test
    void anAgentResendsAnInvitationOnTheOwnersRequestAndTheOwnerSeesItInTheTrail() throws Exception {
        Workspaces.Member owner = Workspaces.signedIn("owner");
        String id = Workspaces.create(owner.token(), "Console Invitation Club " + UUID.randomUUID().toString().substring(0, 8));
        String invitee = com.coachkeep.testing.Tokens.Person.fresh("invitee").email();
        String invitationId = TestServer.as(owner.token()).contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of("email", invitee, "role", "coach")).post("/api/v1/workspaces/{w}/staff/invitations", id)
                .then().statusCode(201).extract().path("id");
        Mailbox.awaitMailTo(invitee);
        String reason = "The coach deleted the first email, the owner asks on ticket SUP-" + UUID.randomUUID().toString().substring(0, 6);
        try (ConsoleBrowser browser = new ConsoleBrowser()) {
            browser.signIn(ConsoleBrowser.Staff.AGENT);
            browser.awaitView();
            browser.go("support-actions?workspace=" + id);
            assertEquals("Support actions", browser.awaitView());
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("action-workspace-status"), "active"));
            assertTrue(browser.driver.findElements(By.id("suspend-workspace")).isEmpty(), "an agent suspends nothing");
            assertTrue(browser.driver.findElements(By.id("dead-letters")).isEmpty(), "nor works the outbox");
            browser.driver.findElement(By.cssSelector("#invitation-id input")).sendKeys(invitationId);
            browser.click(By.id("resend-invitation"));
            confirmWithReason(browser, reason);
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("outcome-ok")));
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (Mailbox.messagesTo(invitee).size() < 2) {
            assertTrue(Instant.now().isBefore(deadline), "the invitation is sent again");
            Thread.sleep(100);
        }
        JsonPath trail = TestServer.as(owner.token()).queryParam("kind", "invitation.resent")
                .get("/api/v1/workspaces/{w}/audit-events", id).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(reason), trail.getList("items.reason"), trail.prettify());
    }

    /** Waits up to 15 seconds for an email to {@code email} whose text contains {@code text}. */
    static Mailbox.Mail awaitMailContaining(String email, String text) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (true) {
            for (Mailbox.Mail m : Mailbox.mailTo(email)) {
                if (m.text() != null && m.text().contains(text)) {
                    return m;
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no email to " + email + " with " + text + ": " + Mailbox.messagesTo(email));
            }
            Thread.sleep(100);
        }
    }
}
