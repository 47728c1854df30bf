package org.saferplan.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.saferplan.Browser;
import org.saferplan.IntegrationTest;
import org.saferplan.governance.Organisations;
import org.saferplan.governance.Partnerships;
import org.saferplan.plan.PlanDocuments;
import org.saferplan.security.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The strategic assessment as an analyst and a coordinator live it, in headless Chromium with axe-core on every
 * page: the analyst starts an assessment, adds a theme and overrides a score with a reason; the coordinator agrees
 * the priorities and opens the report. In a partnership of its own, so the demo's plan stays as it is.
 */
@IntegrationTest
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssessmentJourneyTests {

    private static final String PASSWORD = "journey-Password-2026";

    @LocalServerPort
    int port;

    @Autowired
    Partnerships partnerships;

    @Autowired
    Organisations organisations;

    @Autowired
    UserAccounts accounts;

    @Autowired
    PlanDocuments planDocuments;

    private final String tag = Long.toString(System.nanoTime(), 36);
    private final String slug = "psa-" + tag;
    private Browser browser;

    @BeforeAll
    void setUp() {
        TestPartnership.create(
                partnerships,
                organisations,
                accounts,
                planDocuments,
                slug,
                "psacoord-" + tag,
                "psaanalyst-" + tag,
                PASSWORD,
                """
                        == theme PRIORITY Anti-Social Behaviour
                        description: Anti-social behaviour.
                        """);
        browser = new Browser(port);
    }

    @AfterAll
    void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anAnalystScoresACoordinatorAgreesAndTheReportOpens() {
        var base = "/partnerships/" + slug + "/assessment";
        browser.signIn("psaanalyst-" + tag, PASSWORD);
        browser.open(base);
        check("assessments");
        browser.type("year", "2026");
        browser.choose("matrix", "DEFAULT");
        browser.press("Start the assessment");
        check("the new assessment");
        assertThat(browser.mainText()).contains("Strategic Assessment 2026", "Anti-Social Behaviour", "Hate Crime");

        browser.follow("Add a theme");
        check("add a theme");
        browser.type("title", "Burglary");
        browser.driver()
                .findElement(By.xpath("//label[normalize-space(.)='Burglary']"))
                .click();
        browser.press("Add the theme");
        check("the theme");
        assertThat(browser.mainText()).contains("Theme added", "Burglary", "per 1,000 residents");

        // A score without a reason is refused; with one it replaces the suggestion and shows the reason.
        browser.choose("dimension", "vulnerability");
        browser.choose("score", "4");
        browser.press("Save the score");
        assertThat(browser.driver().getTitle()).startsWith("Error: ");
        browser.assertAccessible("the score form with an error");
        browser.type("reason", "Repeat burglary victims are mostly older people " + tag);
        browser.press("Save the score");
        check("the theme after a score");
        assertThat(browser.mainText())
                .contains("Score saved with its reason", "Repeat burglary victims are mostly older people " + tag);

        browser.open(base + "/2026/objectives");
        check("objectives");
        browser.type("objective", "Fight violent crime and high harm");
        browser.press("Add the objective");
        check("objectives after adding one");
        browser.open(base + "/2026/weights");
        check("weights");
        browser.type("weight-harm", "2");
        browser.press("Save the weights");
        check("the assessment after new weights");
        assertThat(browser.mainText()).contains("Weights saved", "(× 2)");
        browser.open(base + "/2026/runs");
        check("runs");
        browser.press("Re-run the ranking");
        check("a run");

        // The analyst may not agree the priorities: the decision page says who does.
        browser.open(base + "/2026/decision");
        check("the decision, for an analyst");
        assertThat(browser.findAll("main form")).isEmpty();

        browser.signIn("psacoord-" + tag, PASSWORD);
        browser.open(base + "/2026");
        browser.follow("Agree the priorities");
        check("agree the priorities");
        browser.driver()
                .findElement(By.xpath("//label[normalize-space(.)='Agree Burglary as a priority']"))
                .click();
        browser.driver()
                .findElement(By.xpath("//label[normalize-space(.)='Agree Anti-Social Behaviour as a priority']"))
                .click();
        browser.press("Agree these priorities");
        check("the agreed assessment");
        assertThat(browser.mainText())
                .contains("Priorities agreed", "Agreed priority", "Added: Burglary", "Kept: Anti-Social Behaviour");

        browser.follow("Assessment report");
        check("the report");
        assertThat(browser.mainText())
                .contains(
                        "Method",
                        "Ranking",
                        "Evidence per theme",
                        "Decision",
                        "Caveats",
                        "Repeat burglary victims are mostly older people " + tag);

        // Next year's assessment compares with this one; the re-runs compare with the agreed ranking.
        browser.open(base);
        browser.type("year", "2027");
        browser.press("Start the assessment");
        browser.follow("Compare with the previous assessment");
        check("the comparison");
        assertThat(browser.mainText()).contains("Strategic Assessment 2026", "Burglary", "no longer assessed");
        browser.open(base + "/2027/runs");
        browser.press("Re-run the ranking");
        check("a run after agreement");
        assertThat(browser.mainText()).contains("What changed since Strategic Assessment 2026 (agreed)");
    }

    private void check(String page) {
        assertThat(browser.driver().getTitle())
                .as("title of " + page)
                .endsWith("– SaferPlan")
                .doesNotStartWith("Error");
        browser.assertAccessible(page);
    }
}
