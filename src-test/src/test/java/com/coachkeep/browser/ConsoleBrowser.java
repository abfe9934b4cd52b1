package com.coachkeep.browser;

import com.coachkeep.testing.TestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A fresh headless Chromium (its own profile: no cookies) and the steps of signing in to the console through Keycloak. */
final class ConsoleBrowser implements AutoCloseable {
    static final String KEYCLOAK = System.getProperty("coachkeep.test.keycloakUrl", "http://localhost:19181");
    static final Path SCREENSHOTS = Path.of(System.getProperty("coachkeep.test.screenshotDir", "../docs/console"));

    /** A member of staff of the test realm. */
    record Staff(String username, String password, String otpSecret) {
        static final Staff OFFICER = new Staff("officer", "officer-password", "coachkeep-test-otp-secret-officer");
        static final Staff AGENT = new Staff("agent", "agent-password", "coachkeep-test-otp-secret-agent");
        static final Staff ADMIN = new Staff("admin", "admin-password", "coachkeep-test-otp-secret-admin");
        static final Staff WITHOUT_SECOND_FACTOR = new Staff("nomfa", "nomfa-password", null);
    }

    final WebDriver driver;
    final WebDriverWait wait;
    private final Path profile;

    ConsoleBrowser() throws IOException {
        profile = Files.createTempDirectory("console-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(Path.of("/usr/bin/chromium").toFile().exists() ? "/usr/bin/chromium" : "chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1400,900", "--user-data-dir=" + profile);
        // Liberty's client has the provider redirect back over HTTPS, to the test server's self-signed certificate.
        options.setAcceptInsecureCerts(true);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(40)) {
            @Override
            public <V> V until(java.util.function.Function<? super WebDriver, V> isTrue) {
                try {
                    return super.until(isTrue);
                } catch (org.openqa.selenium.TimeoutException e) {
                    throw new org.openqa.selenium.TimeoutException(e.getMessage() + " at " + where(), e);
                }
            }
        };
    }

    /** Where the browser is and what the page says, for a failure message. */
    String where() {
        try {
            String text = driver.findElement(By.tagName("body")).getText();
            return driver.getCurrentUrl() + " (" + driver.getTitle() + "): " + text.substring(0, Math.min(600, text.length()));
        } catch (RuntimeException e) {
            return driver.getCurrentUrl();
        }
    }

    /**
     * Opens the console, which sends the browser to Keycloak's sign-in page. The console always asks for a new sign-in
     * (prompt=login): while Keycloak still has a session, its page knows the user and asks only for the password again.
     */
    void openConsole() {
        driver.get(TestServer.BASE_URL + "/console/");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("password")));
    }

    /** Signs in with the password and, when the staff member has one, the current one-time code. */
    void signIn(Staff staff) {
        openConsole();
        driver.findElements(By.id("username")).forEach(field -> field.sendKeys(staff.username()));
        driver.findElement(By.id("password")).sendKeys(staff.password());
        driver.findElement(By.id("kc-login")).click();
        if (staff.otpSecret() != null) {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("otp")));
            driver.findElement(By.id("otp")).sendKeys(Totp.now(staff.otpSecret()));
            driver.findElement(By.id("kc-login")).click();
        }
    }

    /** Waits until a console view has rendered its title, and answers it. */
    String awaitView() {
        WebElement title = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("view-title")));
        return title.getText();
    }

    List<String> navigation() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("console-nav")));
        return driver.findElements(By.cssSelector("#console-nav vaadin-side-nav-item")).stream().map(WebElement::getText)
                .map(String::strip).toList();
    }

    /**
     * Clicks an element once it is visible, scrolled to the middle of the window first: a grid row near the window's
     * lower edge is otherwise covered, and the click lands on whatever covers it.
     */
    void click(By locator) {
        WebElement element = wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    /**
     * Clicks the cell showing {@code text} in the page's grid ({@code grid}: an XPath to the {@code vaadin-grid}). A grid
     * renders only the rows in its viewport, so a row far down the list does not exist in the page until the grid is
     * scrolled to it: the grid is scrolled a few rows at a time (and from the top again while its data still arrives)
     * until the row is there, within the wait's 40 seconds.
     */
    void clickRow(String grid, String text) {
        By cell = By.xpath(grid + "/vaadin-grid-cell-content[contains(., '" + text + "')]");
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(grid)));
        org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) driver;
        WebDriverWait rendered = new WebDriverWait(driver, Duration.ofMillis(500));
        long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        long index = 0;
        while (driver.findElements(cell).isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new org.openqa.selenium.TimeoutException("no row showing '" + text + "' in " + grid);
            }
            long size = ((Number) js.executeScript("arguments[0].scrollToIndex(arguments[1]); return arguments[0].size || 0;", element,
                    index)).longValue();
            try {
                rendered.until(ExpectedConditions.presenceOfElementLocated(cell));
            } catch (org.openqa.selenium.TimeoutException notInView) {
                index = index + 5 < size ? index + 5 : 0;
            }
        }
        click(cell);
    }

    void go(String path) {
        driver.get(TestServer.BASE_URL + "/console/" + path);
    }

    void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
