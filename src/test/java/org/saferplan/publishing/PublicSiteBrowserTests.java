package org.saferplan.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.saferplan.Browser;
import org.saferplan.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The public site in headless Chromium: every public page has no WCAG 2.2 A or AA violation (axe-core), and a
 * keyboard-only reader (Tab and Enter, nothing else) gets from the skip link through the navigation to a plan and
 * one of its downloads, seeing where the focus is at every step.
 */
@IntegrationTest
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicSiteBrowserTests {

    /** GOV.UK Frontend's focus colour: every focused link and the skip link show it. */
    static final String FOCUS_YELLOW = "rgb(255, 221, 0)";

    static final List<String> PUBLIC_PAGES = List.of(
            "/public",
            "/public/dorset",
            "/public/dorset/plan",
            "/public/dorset/plan/versions",
            "/public/dorset/plan/2020-21",
            "/public/dorset/plan/2021-22-refresh",
            "/public/dorset/plan/2021-22-refresh/work-plans",
            "/public/dorset/plan/2020-21/work-plans",
            "/public/dorset/statistics",
            "/public/dorset/you-said-we-did",
            "/public/dorset/open-data",
            "/accessibility");

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
    void everyPublicPageHasNoWcagViolations() {
        browser.manage().deleteAllCookies();
        for (var path : PUBLIC_PAGES) {
            browser.get(base() + path);
            assertThat(browser.getTitle()).as(path).endsWith("– SaferPlan").doesNotStartWith("Page not found");
            assertThat(browser.findElements(By.tagName("h1")))
                    .as("h1 of " + path)
                    .hasSize(1);
            chromium.assertAccessible(path);
        }
        assertThat(browser.manage().getCookies())
                .as("public pages set no cookie")
                .isEmpty();
    }

    @Test
    void theWorkspacePublishingPagesHaveNoWcagViolations() {
        browser.manage().deleteAllCookies();
        chromium.signIn("coordinator");
        browser.get(base() + "/partnerships/dorset/publishing");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Publishing");
        chromium.assertAccessible("/partnerships/dorset/publishing");
        browser.manage().deleteAllCookies();
    }

    @Test
    void aKeyboardOnlyReaderReachesThePlanAndADownload() {
        browser.manage().deleteAllCookies();
        browser.get(base() + "/public/dorset");

        // The first Tab lands on the skip link, which shows its focus; Enter moves to the main content.
        tab();
        assertThat(focused().getText()).isEqualTo("Skip to main content");
        assertFocusVisible();
        enter();
        assertThat(browser.getCurrentUrl()).endsWith("#main-content");

        // From the main content, Tab through the partnership's navigation to "Earlier versions of the plan".
        tabUntil(link -> "/public/dorset/plan/versions".equals(link.getDomAttribute("href")), 10);
        assertFocusVisible();
        enter();
        waitForPath("/public/dorset/plan/versions");

        // In the table of versions, the current refresh.
        tabUntil(link -> "/public/dorset/plan/2021-22-refresh".equals(link.getDomAttribute("href")), 30);
        assertFocusVisible();
        enter();
        waitForPath("/public/dorset/plan/2021-22-refresh");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("2021-22 refresh");

        // The measures table as CSV: reachable and focused visibly; Enter downloads it without leaving the plan.
        tabUntil(link -> String.valueOf(link.getDomAttribute("href")).endsWith("/measures.csv"), 40);
        assertFocusVisible();
        var href = focused().getDomAttribute("href");
        enter();
        assertThat(browser.getCurrentUrl()).endsWith("/public/dorset/plan/2021-22-refresh");
        var status = ((JavascriptExecutor) browser)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('content-type')));",
                        href);
        assertThat(String.valueOf(status)).startsWith("200 text/csv");
    }

    private void tab() {
        new Actions(browser).sendKeys(Keys.TAB).perform();
    }

    private void enter() {
        new Actions(browser).sendKeys(Keys.ENTER).perform();
    }

    private WebElement focused() {
        return browser.switchTo().activeElement();
    }

    private void tabUntil(java.util.function.Predicate<WebElement> wanted, int most) {
        for (int i = 0; i < most; i++) {
            tab();
            if (wanted.test(focused())) {
                return;
            }
        }
        throw new AssertionError(
                "not reached with " + most + " Tabs; focus is on " + focused().getText());
    }

    private void assertFocusVisible() {
        var background = ((JavascriptExecutor) browser)
                .executeScript("return getComputedStyle(document.activeElement).backgroundColor");
        assertThat(background).as("focus shown on " + focused().getText()).isEqualTo(FOCUS_YELLOW);
    }

    private void waitForPath(String path) {
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(driver -> driver.getCurrentUrl().endsWith(path));
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
