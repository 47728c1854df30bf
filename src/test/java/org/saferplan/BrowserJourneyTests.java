package org.saferplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
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

    @LocalServerPort
    int port;

    private Browser chromium;
    private ChromeDriver browser;

    @BeforeAll
    void startBrowser() {
        chromium = new Browser(port);
        browser = chromium.driver();
    }

    @AfterAll
    void stopBrowser() {
        if (chromium != null) {
            chromium.close();
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
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(driver -> driver.getTitle().startsWith("Error: "));
        assertThat(browser.getTitle()).startsWith("Error: Sign in");
        assertThat(browser.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("Enter a correct username and password");
        assertAccessible("/sign-in?error=credentials");
    }

    @Test
    void anAnalystUploadsDefrasFlyTippingTableAndSeesTheDataset() {
        signIn("analyst");
        browser.get(base() + "/partnerships/dorset/evidence/datasets/new");
        assertAccessible("/partnerships/dorset/evidence/datasets/new");
        var title = "Fly-tipping journey " + System.nanoTime();
        browser.findElement(By.id("title")).sendKeys(title);
        new Select(browser.findElement(By.id("kind"))).selectByValue("FLY_TIPPING");
        new Select(browser.findElement(By.id("ownerId"))).selectByIndex(1);
        new Select(browser.findElement(By.id("sharing"))).selectByValue("PUBLIC");
        browser.findElement(By.id("file"))
                .sendKeys(Path.of("..", "shared", "data", "flytipping", "LA_incidents_201213_to_201718.csv")
                        .toAbsolutePath()
                        .normalize()
                        .toString());
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(driver -> driver.getTitle().startsWith(title));
        assertThat(browser.findElement(By.cssSelector(".govuk-notification-banner--success"))
                        .getText())
                .contains("Dataset added");
        assertThat(browser.findElements(By.cssSelector("svg[role=img]"))).hasSize(1);
        assertThat(browser.findElement(By.id("values-table")).getText()).contains("2016-17", "2,421");
        assertAccessible(URI.create(browser.getCurrentUrl()).getPath());
    }

    private void signIn(String username) {
        chromium.signIn(username);
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
            assertThat(browser.getTitle())
                    .as("title of " + path)
                    .endsWith("– SaferPlan")
                    .doesNotStartWith("Page not found")
                    .doesNotStartWith("You do not have access")
                    .doesNotStartWith("Sorry");
            assertThat(browser.findElements(By.tagName("h1")))
                    .as("h1 of " + path)
                    .hasSize(1);
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
            if (path.startsWith("/assets")
                    || path.startsWith("/api")
                    || path.equals("/sign-out")
                    || path.endsWith(".csv")
                    || path.endsWith(".json")
                    || path.endsWith("/pdf")
                    || path.endsWith(".pdf")) {
                continue;
            }
            found.add(path);
        }
        return found;
    }

    private void assertAccessible(String path) {
        chromium.assertAccessible(path);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
