package org.saferplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An analyst's survey journey in headless Chromium, with the same browser and axe-core checks as
 * {@link BrowserJourneyTests}: create a survey, a question, a result and two waves, enter the first wave's published
 * figures, import the second wave's respondent file, and read the results with their intervals and the verdict on
 * the change. Every page on the way is checked against WCAG 2.2 A and AA.
 */
@IntegrationTest
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SurveyJourneyTests {

    @LocalServerPort
    int port;

    private ChromeDriver browser;
    private String axe;

    @BeforeAll
    void startBrowser() throws Exception {
        axe = Chromium.axe();
        browser = Chromium.start();
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anAnalystImportsAWaveAndSeesResultsWithIntervalsAndAVerdict() throws Exception {
        signIn("analyst");
        open("/partnerships/dorset/surveys");
        click(By.linkText("Add a survey"));
        type("name", "Journey survey " + System.nanoTime());
        type("source", "Dorset Council");
        submit();
        assertThat(browser.getCurrentUrl()).matches(".*/surveys/\\d+\\?done=survey-created");
        checked();
        click(By.linkText("Add a question"));
        type("code", "after_dark");
        type("text", "How safe do you feel outside after dark?");
        type("categories", "Very safe\nFairly safe\nFairly unsafe\nVery unsafe");
        type("excluded", "Don't know");
        submit();
        click(By.linkText("Define a result"));
        type("name", "Feeling safe after dark");
        new Select(browser.findElement(By.id("questionId"))).selectByIndex(1);
        type("categories", "Very safe\nFairly safe");
        new Select(browser.findElement(By.id("better"))).selectByValue("higher");
        submit();
        addWave("Autumn 2021", "2021-11-30", "1000");
        click(By.partialLinkText("How safe do you feel"));
        type("base", "1000");
        var percents = browser.findElements(By.cssSelector("input[id^=percent-]"));
        percents.get(0).sendKeys("40");
        percents.get(1).sendKeys("40");
        submit();
        addWave("Autumn 2022", "2022-11-30", "0");
        // An unknown answer first: the error summary names the row and column, and nothing is stored.
        upload("bad.csv", "after_dark\nVery safe\nQuite safe\n");
        assertThat(browser.getTitle()).startsWith("Error: ");
        assertThat(browser.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("Row 3, column after_dark: “Quite safe” is not a category of this question");
        checked();
        var csv = new StringBuilder("after_dark,weight\n");
        for (int i = 0; i < 800; i++) {
            csv.append(i < 560 ? "Fairly safe" : i < 790 ? "Fairly unsafe" : "Don't know").append(",1\n");
        }
        upload("autumn-2022.csv", csv.toString());
        assertThat(browser.getCurrentUrl()).endsWith("?done=imported");
        checked();
        var text = browser.findElement(By.tagName("main")).getText();
        // 560 of 790 valid answers = 70.9% (Wilson 67.6% to 73.9%), against 80.0% of 1,000: a significant fall.
        assertThat(text).contains("80.0%", "70.9%", "67.6% to 73.9%",
                "From Autumn 2021 to Autumn 2022: 80.0% to 70.9%, a significant fall",
                "Don't know and no answer are left out");
        assertThat(browser.findElements(By.cssSelector("svg[role=img] title"))).isNotEmpty();
    }

    /** Every survey page a coordinator reaches from the surveys list (demo surveys, waves, forms) passes axe. */
    @Test
    void theDemoSurveyPagesAreAccessible() throws Exception {
        signIn("coordinator");
        var queue = new java.util.ArrayDeque<String>(List.of("/partnerships/dorset/surveys"));
        var visited = new java.util.LinkedHashSet<String>();
        while (!queue.isEmpty() && visited.size() < 40) {
            var path = queue.poll();
            if (!visited.add(path)) {
                continue;
            }
            open(path);
            for (var anchor : browser.findElements(By.cssSelector("main a[href^='/partnerships/dorset/surveys']"))) {
                var href = java.net.URI.create(anchor.getDomAttribute("href")).getPath();
                if (!href.endsWith(".csv") && !href.endsWith(".json") && !visited.contains(href)) {
                    queue.add(href);
                }
            }
        }
        assertThat(visited).anyMatch(p -> p.matches(".*/surveys/\\d+/waves/\\d+"))
                .anyMatch(p -> p.endsWith("/links/new"));
        open("/partnerships/dorset/surveys");
        click(By.linkText("Dorset Council residents' survey"));
        var main = browser.findElement(By.tagName("main")).getDomProperty("textContent");
        assertThat(main).contains("8.9% to 11.2%", "Concerns ranked", "Hidden: fewer than 10 respondents");
        ((JavascriptExecutor) browser).executeScript("document.querySelector('main svg').scrollIntoView()");
        var shot = browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
        Files.write(Path.of("target", "survey-page.png"), shot);
    }

    private void addWave(String label, String date, String size) {
        click(By.linkText("Add a wave"));
        type("label", label);
        type("publishedOn", date);
        type("sampleSize", size);
        submit();
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith(label);
    }

    private void upload(String name, String content) throws Exception {
        var file = Files.createTempDirectory("survey-upload").resolve(name);
        Files.writeString(file, content);
        browser.findElement(By.id("file")).sendKeys(file.toString());
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        waitForLoad();
    }

    private void signIn(String username) {
        Chromium.signIn(browser, base(), username);
    }

    private void open(String path) {
        browser.get(base() + path);
        checked();
    }

    private void click(By link) {
        browser.findElement(link).click();
        waitForLoad();
        checked();
    }

    private void type(String id, String text) {
        var field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void submit() {
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        waitForLoad();
        assertThat(browser.getTitle()).as("after submitting").doesNotStartWith("Error: ");
        checked();
    }

    private void waitForLoad() {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> "complete".equals(
                ((JavascriptExecutor) driver).executeScript("return document.readyState")));
    }

    /** The page has one h1, a SaferPlan title, and no WCAG 2.2 A/AA violation. */
    private void checked() {
        assertThat(browser.getTitle()).endsWith("– SaferPlan");
        assertThat(browser.findElements(By.tagName("h1"))).hasSize(1);
        assertThat(Chromium.violations(browser, axe)).as("WCAG 2.2 AA violations on " + browser.getCurrentUrl())
                .isEmpty();
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
