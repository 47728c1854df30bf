package org.saferplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by Selenium (nothing downloaded), with axe-core checks against WCAG 2.2 A and
 * AA. For the browser journeys.
 */
public final class HeadlessChromium implements AutoCloseable {

    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

    private final ChromeDriver browser;
    private final String axe;

    public HeadlessChromium() throws Exception {
        axe = Files.readString(Path.of(HeadlessChromium.class.getResource("/frontend/axe.min.js").toURI()));
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

    public ChromeDriver driver() {
        return browser;
    }

    /** Runs axe-core on the current page and fails on any WCAG 2.2 A or AA violation. */
    @SuppressWarnings("unchecked")
    public void assertAccessible(String path) {
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

    @Override
    public void close() {
        browser.quit();
    }
}
