package org.saferplan.crime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.saferplan.Browser;
import org.saferplan.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An analyst's crime journey in headless Chromium, with axe-core (WCAG 2.2 A/AA) on every page: upload police.uk
 * files on the import page, watch the import until it is done, then read the area's statistics with its map, its
 * outcomes and its harm. The uploaded files are of a force and month no other test uses (2042-03,
 * "test-journey") and have no location, so they change no area's figures.
 */
@IntegrationTest
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrimeJourneyTests {

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
    void anAnalystUploadsFilesThenReadsStatisticsOutcomesHarmAndTheMap() throws Exception {
        var folder = Files.createTempDirectory("journey-");
        var id = "c0ffee" + "0".repeat(57);
        var street = folder.resolve("2042-03-test-journey-street.csv");
        Files.writeString(
                street,
                TestFiles.STREET_HEADER + "\n"
                        + id + "1,2042-03,Test Journey,Test Journey,,,No Location,,,Burglary,Under investigation,\n"
                        + id + "2,2042-03,Test Journey,Test Journey,,,No Location,,,Robbery,Suspect charged,\n"
                        + ",2042-03,Test Journey,Test Journey,,,No Location,,,Anti-social behaviour,,\n");
        var outcomesFile = folder.resolve("2042-03-test-journey-outcomes.csv");
        Files.writeString(
                outcomesFile,
                TestFiles.OUTCOMES_HEADER + "\n" + id
                        + "2,2042-03,Test Journey,Test Journey,,,No Location,,,Suspect charged\n");
        var driver = browser.driver();

        browser.signIn("analyst");
        browser.open("/crime/imports");
        assertThat(driver.getTitle()).isEqualTo("Import police.uk data – SaferPlan");
        browser.assertAccessible("/crime/imports");
        driver.findElement(By.cssSelector("input[type=file][name=file]"))
                .sendKeys(street.toAbsolutePath() + "\n" + outcomesFile.toAbsolutePath());
        driver.findElement(By.cssSelector("form[action='/crime/imports'] button[type=submit]"))
                .click();

        new WebDriverWait(driver, Duration.ofSeconds(60))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> !d.findElements(By.id("status")).isEmpty()
                        && !d.findElement(By.id("status")).getText().contains("Running"));
        assertThat(driver.findElement(By.id("status")).getText()).isEqualTo("Succeeded");
        assertThat(driver.findElements(By.cssSelector("#files tbody tr"))).hasSize(2);
        assertThat(driver.findElement(By.id("summary")).getText()).contains("2042-03");
        browser.assertAccessible(driver.getCurrentUrl());

        browser.open("/partnerships/dorset/crime?from=2018-10&to=2019-02");
        assertThat(driver.getTitle()).isEqualTo("Crime in the partnership area – SaferPlan");
        assertThat(driver.findElements(By.cssSelector("svg.app-map path")))
                .as("the choropleth map")
                .isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("table caption")).stream().map(e -> e.getText()))
                .anyMatch(caption -> caption.startsWith("LSOAs ranked by crimes"));
        browser.assertAccessible("/partnerships/dorset/crime");

        driver.findElement(By.linkText("crime outcomes and positive outcome rates"))
                .click();
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> d.getTitle().startsWith("Crime outcomes"));
        assertThat(driver.getTitle()).isEqualTo("Crime outcomes in the partnership area – SaferPlan");
        assertThat(driver.findElements(By.cssSelector("table#types tbody tr"))).hasSize(14);
        assertThat(driver.findElement(By.id("definition")).getText()).startsWith("SaferPlan's definition");
        browser.assertAccessible("/partnerships/dorset/crime/outcomes");

        driver.findElement(By.linkText("Harm")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> d.getTitle().startsWith("Crime harm"));
        assertThat(driver.findElements(By.cssSelector("table#types tbody tr"))).hasSize(14);
        browser.assertAccessible("/partnerships/dorset/crime/harm");

        browser.open("/crime/areas/E06000059/outcomes?from=2018-10&to=2019-02&type=all");
        assertThat(driver.getTitle()).isEqualTo("Crime outcomes in Dorset – SaferPlan");
        browser.assertAccessible("/crime/areas/E06000059/outcomes");
        browser.open("/crime/areas/E06000059/harm?from=2018-10&to=2019-02");
        browser.assertAccessible("/crime/areas/E06000059/harm");
        browser.open("/crime/areas/E06000059/outcomes?type=Nonsense");
        assertThat(driver.getTitle()).startsWith("Error: ");
        browser.assertAccessible("/crime/areas/E06000059/outcomes?type=Nonsense");
    }
}
