package org.saferplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, with axe-core for WCAG 2.2 A and AA checks: what every browser
 * journey test needs. Nothing is downloaded; the browser and driver come from the system packages.
 */
public final class Browser implements AutoCloseable {

    public static final String DEMO_PASSWORD = "saferplan-demo";
    private static final List<String> WCAG_TAGS =
            List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

    private final ChromeDriver driver;
    private final String axe;
    private final String base;

    public Browser(int port) {
        try {
            axe = Files.readString(
                    Path.of(Browser.class.getResource("/frontend/axe.min.js").toURI()));
            var options = new ChromeOptions();
            options.setBinary("/usr/bin/chromium");
            options.addArguments(
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--disable-dev-shm-usage",
                    "--window-size=1280,1024",
                    "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
            var service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                    .build();
            driver = new ChromeDriver(service, options);
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("Could not start headless Chromium", e);
        }
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        base = "http://localhost:" + port;
    }

    public ChromeDriver driver() {
        return driver;
    }

    public String base() {
        return base;
    }

    /** Opens a path of the application under test. */
    public void open(String path) {
        driver.get(base + path);
    }

    public String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    /** Fills a text input or textarea (found by id), replacing what it held. */
    public void type(String id, String text) {
        var field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Chooses an option of a select (found by id) by its value. */
    public void choose(String id, String value) {
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id(id))).selectByValue(value);
    }

    /** Follows the link whose text (including visually hidden text) contains the words, and waits for the page. */
    public void follow(String linkText) {
        var old = find("html");
        driver.findElement(By.partialLinkText(linkText)).click();
        awaitReplaced(old);
    }

    /** Clicks the element (a link or button found by CSS) and waits for the next page. */
    public void click(String css) {
        var old = find("html");
        find(css).click();
        awaitReplaced(old);
    }

    /** The visible text of the main content. */
    public String mainText() {
        return find("main").getText();
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Waits (up to 30 s) until the condition holds, e.g. for a redirect after a form is submitted. */
    public <T> T await(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(condition);
    }

    /** Clicks the main form's button with this text and waits for the next page to replace this one. */
    public void press(String buttonText) {
        var old = find("html");
        driver.findElement(By.xpath("//main//button[normalize-space(.)='" + buttonText + "']"))
                .click();
        awaitReplaced(old);
    }

    private void awaitReplaced(WebElement old) {
        await(d -> {
            try {
                old.isDisplayed();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException gone) {
                return true;
            }
        });
    }

    /** Signs in through the form as a demo user and waits for the signed-in page. */
    public void signIn(String username) {
        signIn(username, DEMO_PASSWORD);
    }

    /** Signs in through the form and waits for the signed-in page. */
    public void signIn(String username, String password) {
        driver.manage().deleteAllCookies();
        open("/sign-in");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        // The click returns before the redirected page has loaded; wait for it rather than race it.
        await(d -> !d.findElements(By.cssSelector(".app-account-bar")).isEmpty());
        assertThat(find(".app-account-bar").getText()).contains("Signed in as");
    }

    public void signOut() {
        driver.manage().deleteAllCookies();
    }

    /** Runs axe-core on the current page and fails with every WCAG 2.2 A/AA violation found. */
    @SuppressWarnings("unchecked")
    public void assertAccessible(String what) {
        var js = (JavascriptExecutor) driver;
        js.executeScript(axe);
        var result = (Map<String, Object>) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})
                   .then(r => done({violations: r.violations.map(v => v.id + ': ' + v.help + ' at '
                        + v.nodes.map(n => n.target.join(' ')).join(', '))}))
                   .catch(e => done({violations: ['axe failed: ' + e]}));
                """, WCAG_TAGS);
        assertThat((List<String>) result.get("violations"))
                .as("WCAG 2.2 AA violations on " + what)
                .isEmpty();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
