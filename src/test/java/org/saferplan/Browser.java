package org.saferplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium for browser journeys (nothing downloaded: /usr/bin/chromium and /usr/bin/chromedriver),
 * with sign-in through the form and an axe-core check against WCAG 2.2 A and AA.
 */
public final class Browser implements AutoCloseable {

    public static final List<String> WCAG_TAGS =
            List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

    private final ChromeDriver driver;
    private final String axe;
    private final String base;

    public Browser(int port) {
        try {
            axe = Files.readString(Path.of(Browser.class.getResource("/frontend/axe.min.js").toURI()));
            var options = new ChromeOptions();
            options.setBinary("/usr/bin/chromium");
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1280,1024",
                    "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
            var service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver"))
                    .build();
            driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            base = "http://localhost:" + port;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    public String base() {
        return base;
    }

    /** Opens a path of the application. */
    public void open(String path) {
        driver.get(base + path);
    }

    /** Signs in through the form with the demo password and waits for the signed-in page. */
    public void signIn(String username) {
        driver.manage().deleteAllCookies();
        open("/sign-in");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("saferplan-demo");
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        // The click returns before the redirected page has loaded; wait for it rather than race it.
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> !d.findElements(By.cssSelector(".app-account-bar")).isEmpty());
        assertThat(driver.findElement(By.cssSelector(".app-account-bar")).getText()).contains("Signed in as");
    }

    /** Runs axe-core on the page shown and fails with every WCAG 2.2 A/AA violation found. */
    @SuppressWarnings("unchecked")
    public void assertAccessible(String path) {
        var js = (JavascriptExecutor) driver;
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

    @Override
    public void close() {
        driver.quit();
    }
}
