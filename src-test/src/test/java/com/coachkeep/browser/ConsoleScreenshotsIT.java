package com.coachkeep.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.coachkeep.testing.TestServer;
import com.coachkeep.testing.Workspaces;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Screenshots of the console's views for docs/console (committed), and the time from a request to an interactive view:
 * from submitting the one-time code to the first view, and from a full page load of a view to its rendered title.
 * Figures are printed and written to target/console-timings.txt, never asserted.
 */
class ConsoleScreenshotsIT {

    @BeforeAll
    static void serverIsReady() {
        TestServer.awaitReady();
    }

    @Test
    void screenshotsOfEveryViewAndTheirTimeToInteractive() throws IOException {
        List<String> timings = new ArrayList<>();
        ConsoleSignInIT.submitReport("Open redirect on the sign-in page's return parameter");
        Workspaces.Populated studio = Workspaces.populated("Northside Strength Studio");
        try (ConsoleBrowser browser = new ConsoleBrowser()) {
            browser.openConsole();
            browser.screenshot("sign-in-keycloak");
            long start = System.nanoTime();
            browser.signIn(ConsoleBrowser.Staff.OFFICER);
            assertEquals("Platform health", browser.awaitView());
            timings.add("sign-in (credentials and code submitted) to health view interactive: " + ms(start) + " ms");
            browser.screenshot("health");
            for (String[] view : new String[][] { { "security-reports", "Security reports" }, { "incidents", "Incidents" },
                    { "sub-processors", "Sub-processors" } }) {
                long t = System.nanoTime();
                browser.go(view[0]);
                assertEquals(view[1], browser.awaitView());
                timings.add("full page load of /console/" + view[0] + " to interactive: " + ms(t) + " ms");
                if (view[0].equals("security-reports")) {
                    browser.clickRow("//vaadin-grid[@id='reports']", "Open redirect");
                    browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report-state")));
                }
                browser.screenshot(view[0]);
            }
            browser.go("support-actions?workspace=" + studio.id());
            assertEquals("Support actions", browser.awaitView());
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("action-workspace-status"), "active"));
            browser.screenshot("support-actions");
            long t = System.nanoTime();
            browser.go("");
            browser.awaitView();
            timings.add("full page load of /console/ (second visit, cached bundle) to interactive: " + ms(t) + " ms");
        }
        try (ConsoleBrowser browser = new ConsoleBrowser()) {
            browser.signIn(ConsoleBrowser.Staff.AGENT);
            browser.awaitView();
            browser.screenshot("support-agent");
            browser.go("workspaces");
            browser.awaitView();
            ConsoleSupportWorkflowsIT.lookUp(browser, "Northside Strength", studio.id());
            browser.click(
                    By.xpath("//vaadin-grid[@id='workspaces']/vaadin-grid-cell-content[contains(., '" + studio.id() + "')]"));
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("workspace-name")));
            browser.screenshot("workspace-lookup");
            browser.click( By.id("request-grant-for-workspace"));
            ConsoleSupportWorkflowsIT.awaitViewTitled(browser, "Break-glass grants");
            ConsoleSupportWorkflowsIT.requestGrantAndOpenRoster(browser, studio.id(), "SUP-1042",
                    "The owner asks why a client's invitation shows as not joined", studio.client().person().name());
            ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'end'})",
                    browser.driver.findElement(By.id("roster")));
            browser.screenshot("grants");
        }
        try (ConsoleBrowser browser = new ConsoleBrowser()) {
            browser.signIn(ConsoleBrowser.Staff.WITHOUT_SECOND_FACTOR);
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("title")));
            browser.screenshot("refused-no-second-factor");
        }
        timings.forEach(line -> System.out.println("console timing: " + line));
        Files.write(Path.of("target", "console-timings.txt"), timings);
    }

    private static long ms(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
