package org.saferplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An analyst's survey journey in headless Chromium with axe-core ({@link Browser}): create a survey, a question, a
 * result and two waves, enter the first wave's published figures, import the second wave's respondent file (a bad
 * one first), and read the results with their intervals and the verdict on the change. Every page on the way, and
 * every survey page a coordinator reaches from the list, is checked against WCAG 2.2 A and AA.
 */
@IntegrationTest
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SurveyJourneyTests {

    @LocalServerPort
    int port;

    private Browser browser;

    @BeforeAll
    void startBrowser() {
        browser = new Browser(port);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anAnalystImportsAWaveAndSeesResultsWithIntervalsAndAVerdict() throws Exception {
        browser.signIn("analyst");
        open("/partnerships/dorset/surveys");
        follow("Add a survey");
        browser.type("name", "Journey survey " + System.nanoTime());
        browser.type("source", "Dorset Council");
        press("Add the survey");
        assertThat(browser.driver().getCurrentUrl()).matches(".*/surveys/\\d+\\?done=survey-created");
        follow("Add a question");
        browser.type("code", "after_dark");
        browser.type("text", "How safe do you feel outside after dark?");
        browser.type("categories", "Very safe\nFairly safe\nFairly unsafe\nVery unsafe");
        browser.type("excluded", "Don't know");
        press("Add the question");
        follow("Define a result");
        browser.type("name", "Feeling safe after dark");
        new Select(browser.find("#questionId")).selectByIndex(1);
        browser.type("categories", "Very safe\nFairly safe");
        browser.choose("better", "higher");
        press("Define the result");
        addWave("Autumn 2021", "2021-11-30", "1000");
        follow("How safe do you feel");
        browser.type("base", "1000");
        var percents = browser.findAll("input[id^=percent-]");
        percents.get(0).sendKeys("40");
        percents.get(1).sendKeys("40");
        press("Save the results");
        addWave("Autumn 2022", "2022-11-30", "0");
        // An unknown answer first: the error summary names the row and column, and nothing is stored.
        upload("bad.csv", "after_dark\nVery safe\nQuite safe\n");
        assertThat(browser.driver().getTitle()).startsWith("Error: ");
        assertThat(browser.find(".govuk-error-summary").getText())
                .contains("Row 3, column after_dark: “Quite safe” is not a category of this question");
        checked();
        var csv = new StringBuilder("after_dark,weight\n");
        for (int i = 0; i < 800; i++) {
            csv.append(i < 560 ? "Fairly safe" : i < 790 ? "Fairly unsafe" : "Don't know")
                    .append(",1\n");
        }
        upload("autumn-2022.csv", csv.toString());
        assertThat(browser.driver().getCurrentUrl()).endsWith("?done=imported");
        checked();
        // 560 of 790 valid answers = 70.9% (Wilson 67.6% to 73.9%), against 80.0% of 1,000: a significant fall.
        assertThat(browser.mainText())
                .contains(
                        "80.0%",
                        "70.9%",
                        "67.6% to 73.9%",
                        "From Autumn 2021 to Autumn 2022: 80.0% to 70.9%, a significant fall",
                        "Don't know and no answer are left out");
        assertThat(browser.findAll("svg[role=img] title")).isNotEmpty();
    }

    /** Every survey page a coordinator reaches from the surveys list (demo surveys, waves, forms) passes axe. */
    @Test
    void theDemoSurveyPagesAreAccessible() throws Exception {
        browser.signIn("coordinator");
        var queue = new ArrayDeque<String>(List.of("/partnerships/dorset/surveys"));
        var visited = new LinkedHashSet<String>();
        while (!queue.isEmpty() && visited.size() < 40) {
            var path = queue.poll();
            if (!visited.add(path)) {
                continue;
            }
            open(path);
            for (var anchor : browser.findAll("main a[href^='/partnerships/dorset/surveys']")) {
                var href = URI.create(anchor.getDomAttribute("href")).getPath();
                if (!href.endsWith(".csv") && !href.endsWith(".json") && !visited.contains(href)) {
                    queue.add(href);
                }
            }
        }
        assertThat(visited)
                .anyMatch(p -> p.matches(".*/surveys/\\d+/waves/\\d+"))
                .anyMatch(p -> p.endsWith("/links/new"));
        open("/partnerships/dorset/surveys");
        follow("Dorset Council residents' survey");
        var main = browser.find("main").getDomProperty("textContent");
        assertThat(main).contains("8.9% to 11.2%", "Concerns ranked", "Hidden: fewer than 10 respondents");
        ((JavascriptExecutor) browser.driver()).executeScript("document.querySelector('main svg').scrollIntoView()");
        Files.write(Path.of("target", "survey-page.png"), browser.driver().getScreenshotAs(OutputType.BYTES));
    }

    private void addWave(String label, String date, String size) {
        follow("Add a wave");
        browser.type("label", label);
        browser.type("publishedOn", date);
        browser.type("sampleSize", size);
        press("Add the wave");
        assertThat(browser.find("h1").getText()).startsWith(label);
    }

    private void upload(String name, String content) throws Exception {
        var file = Files.createTempDirectory("survey-upload").resolve(name);
        Files.writeString(file, content);
        browser.driver().findElement(By.id("file")).sendKeys(file.toString());
        browser.press("Import the respondents");
    }

    private void open(String path) {
        browser.open(path);
        checked();
    }

    private void follow(String link) {
        browser.follow(link);
        checked();
    }

    private void press(String button) {
        browser.press(button);
        assertThat(browser.driver().getTitle()).as("after pressing " + button).doesNotStartWith("Error: ");
        checked();
    }

    /** The page has one h1, a SaferPlan title, and no WCAG 2.2 A/AA violation. */
    private void checked() {
        assertThat(browser.driver().getTitle()).endsWith("– SaferPlan");
        assertThat(browser.findAll("h1")).hasSize(1);
        browser.assertAccessible(browser.driver().getCurrentUrl());
    }
}
