package org.saferplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Real journeys in headless Debian Chromium: sign in through the form, then visit every page reachable from the
 * navigation (following links breadth-first) and check each against WCAG 2.2 A and AA with axe-core.
 */
@IntegrationTest
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserJourneyTests {

    private static final int MAX_PAGES_PER_PERSON = 60;
    private static final List<String> WCAG_TAGS =
            List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

    @LocalServerPort
    int port;

    private ChromeDriver browser;
    private String axe;

    @BeforeAll
    void startBrowser() throws Exception {
        axe = Files.readString(Path.of(getClass().getResource("/frontend/axe.min.js").toURI()));
        var options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1024",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver"))
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void publicPagesAreAccessible() {
        browser.manage().deleteAllCookies();
        var visited = crawl();
        assertThat(visited).contains("/", "/sign-in", "/accessibility", "/privacy", "/cookies", "/licence");
    }

    @Test
    void aCoordinatorsPagesAreAccessible() {
        signIn("coordinator");
        var visited = crawl();
        assertThat(visited).contains("/", "/partnerships/dorset", "/account");
    }

    @Test
    void anAdministratorsPagesAreAccessible() {
        signIn("demo-admin");
        var visited = crawl();
        assertThat(visited).contains("/", "/admin", "/account");
    }

    @Test
    void aPartnerOfficersPagesAreAccessible() {
        signIn("officer");
        var visited = crawl();
        assertThat(visited).contains("/", "/partnerships/dorset");
    }

    @Test
    void aFailedSignInShowsAnAccessibleErrorSummary() {
        browser.manage().deleteAllCookies();
        browser.get(base() + "/sign-in");
        browser.findElement(By.id("username")).sendKeys("officer");
        browser.findElement(By.id("password")).sendKeys("not the password");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> driver.getTitle().startsWith("Error: "));
        assertThat(browser.getTitle()).startsWith("Error: Sign in");
        assertThat(browser.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("Enter a correct username and password");
        assertAccessible("/sign-in?error=credentials");
    }

    private void signIn(String username) {
        browser.manage().deleteAllCookies();
        browser.get(base() + "/sign-in");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("saferplan-demo");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        // The click returns before the redirected page has loaded; wait for it rather than race it.
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(driver -> !driver.findElements(By.cssSelector(".app-account-bar")).isEmpty());
        assertThat(browser.findElement(By.cssSelector(".app-account-bar")).getText()).contains("Signed in as");
    }

    /** Visits the home page and every page linked from the navigation and the pages, once each. */
    private Set<String> crawl() {
        var visited = new LinkedHashSet<String>();
        var queue = new ArrayDeque<String>();
        queue.add("/");
        while (!queue.isEmpty() && visited.size() < MAX_PAGES_PER_PERSON) {
            var path = queue.poll();
            if (!visited.add(path)) {
                continue;
            }
            browser.get(base() + path);
            assertThat(browser.getTitle()).as("title of " + path).endsWith("– SaferPlan")
                    .doesNotStartWith("Page not found")
                    .doesNotStartWith("You do not have access")
                    .doesNotStartWith("Sorry");
            assertThat(browser.findElements(By.tagName("h1"))).as("h1 of " + path).hasSize(1);
            assertAccessible(path);
            for (var link : links()) {
                if (!visited.contains(link)) {
                    queue.add(link);
                }
            }
        }
        return visited;
    }

    private List<String> links() {
        var found = new ArrayList<String>();
        for (WebElement anchor : browser.findElements(By.cssSelector("a[href]"))) {
            var href = anchor.getDomAttribute("href");
            if (href == null || !href.startsWith("/") || href.startsWith("//")) {
                continue;
            }
            var path = URI.create(href).getPath();
            if (path.startsWith("/assets") || path.startsWith("/api") || path.equals("/sign-out")
                    || path.endsWith(".csv") || path.endsWith(".json")) {
                continue;
            }
            found.add(path);
        }
        return found;
    }

    @SuppressWarnings("unchecked")
    private void assertAccessible(String path) {
        var js = (JavascriptExecutor) browser;
        js.executeScript(axe);
        var result = (Map<String, Object>) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})
                   .then(r => done({violations: r.violations.map(v => v.id + ': ' + v.help + ' at '
                        + v.nodes.map(n => n.target.join(' ')).join(', '))}))
                   .catch(e => done({violations: ['axe failed: ' + e]}));
                """, WCAG_TAGS);
        assertThat((List<String>) result.get("violations")).as("WCAG 2.2 AA violations on " + path).isEmpty();
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
