package org.saferplan;

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

/** Headless Debian Chromium (nothing downloaded) and axe-core, as every browser journey uses them. */
final class Chromium {

    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

    private Chromium() {}

    static ChromeDriver start() throws Exception {
        var options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1024",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver"))
                .build();
        var browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return browser;
    }

    /** axe-core's script, copied to the test classpath by the front-end build. */
    static String axe() throws Exception {
        return Files.readString(Path.of(Chromium.class.getResource("/frontend/axe.min.js").toURI()));
    }

    /** Signs in through the real form and waits for the signed-in page. */
    static void signIn(ChromeDriver browser, String base, String username) {
        browser.manage().deleteAllCookies();
        browser.get(base + "/sign-in");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("saferplan-demo");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        // The click returns before the redirected page has loaded; wait for it rather than race it.
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(driver -> !driver.findElements(By.cssSelector(".app-account-bar")).isEmpty());
    }

    /** The WCAG 2.2 A and AA violations axe-core finds on the current page, each with where. */
    @SuppressWarnings("unchecked")
    static List<String> violations(ChromeDriver browser, String axe) {
        var js = (JavascriptExecutor) browser;
        js.executeScript(axe);
        var result = (Map<String, Object>) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})
                   .then(r => done({violations: r.violations.map(v => v.id + ': ' + v.help + ' at '
                        + v.nodes.map(n => n.target.join(' ')).join(', '))}))
                   .catch(e => done({violations: ['axe failed: ' + e]}));
                """, WCAG_TAGS);
        return (List<String>) result.get("violations");
    }
}
