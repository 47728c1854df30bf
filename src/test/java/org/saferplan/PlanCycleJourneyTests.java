package org.saferplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.saferplan.governance.Governance;
import org.saferplan.governance.Organisations;
import org.saferplan.governance.PartnerMembership;
import org.saferplan.governance.Partnerships;
import org.saferplan.governance.web.GroupForm;
import org.saferplan.governance.web.MeetingForm;
import org.saferplan.security.Role;
import org.saferplan.security.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The yearly plan cycle as a coordinator and a partner officer live it, in headless Chromium with axe-core on
 * every page: create a plan, fill and publish its first version, start the next refresh, edit a measure in it and
 * compare; the officer posts progress on their organisation's activity; the coordinator generates the meeting's
 * performance pack and finds the update in it. It runs in a partnership of its own, so the demo stays as it is.
 */
@IntegrationTest
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanCycleJourneyTests {

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
    Governance governance;

    private final String tag = Long.toString(System.nanoTime(), 36);
    private final String slug = "journey-" + tag;
    private Browser browser;

    @BeforeAll
    void setUp() {
        var partnership = partnerships.create("Journey Partnership " + tag, slug, "E06000054");
        var police = organisations.findByName("Wiltshire Police").orElseThrow();
        var council = organisations.findByName("Wiltshire Council").orElseThrow();
        partnerships.setPartner(partnership.id(), police.id(), PartnerMembership.BOARD_MEMBER);
        partnerships.setPartner(partnership.id(), council.id(), PartnerMembership.BOARD_MEMBER);
        var coordinator = accounts.create("coord-" + tag, "Journey Coordinator", PASSWORD, false, false);
        accounts.setMembership(coordinator.id(), partnership.id(), Role.COORDINATOR, council.id());
        var officer = accounts.create("officer-" + tag, "Journey Officer", PASSWORD, false, false);
        accounts.setMembership(officer.id(), partnership.id(), Role.PARTNER_OFFICER, police.id());
        var board = governance.createGroup(partnership.id(), new GroupForm("Journey board", "BOARD", "", ""));
        governance.addMeeting(
                partnership.id(),
                board.id(),
                new MeetingForm(
                        LocalDate.now().plusDays(20).toString(), "10:00", "County Hall", "ORDINARY", "PLANNED"));
        browser = new Browser(port);
    }

    @AfterAll
    void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aRefreshIsEditedProgressIsPostedAndThePackShowsIt() {
        var base = "/partnerships/" + slug;
        browser.signIn("coord-" + tag, PASSWORD);

        // A new three-year plan and its first version.
        browser.open(base + "/plan");
        check("plans");
        browser.follow("Create a plan");
        check("create a plan");
        browser.type("title", "Journey Plan 2026-2029");
        browser.type("firstYear", "2026");
        browser.type("lastYear", "2029");
        browser.press("Create plan");
        assertThat(browser.mainText()).contains("Journey Plan 2026-2029");
        browser.follow("Start the next refresh");
        check("start the first version");
        browser.type("label", "2026-27");
        browser.type("financialYear", "2026-27");
        browser.press("Start the refresh");
        check("the draft version");

        browser.follow("Add a theme");
        browser.choose("kind", "PRIORITY");
        browser.type("title", "Journey Priority");
        browser.press("Save");
        browser.follow("Add an activity");
        check("add an activity");
        browser.type("text", "Journey patrols at night");
        browser.driver()
                .findElement(org.openqa.selenium.By.xpath("//label[normalize-space(.)='Wiltshire Police']"))
                .click();
        browser.type("dueOn", LocalDate.now().plusMonths(6).toString());
        browser.press("Save");
        browser.follow("Add a measure");
        check("add a measure");
        browser.type("text", "Fewer journey incidents");
        browser.choose("direction", "DECREASE");
        browser.press("Save");
        assertThat(browser.mainText())
                .contains("Journey Priority", "Journey patrols at night", "Fewer journey incidents");
        browser.press("Approve this version");
        browser.press("Publish this version");
        assertThat(browser.mainText()).contains("Published");

        // The next refresh starts as a copy; a measure is reworded there and the comparison shows it.
        browser.open(base + "/plan");
        browser.follow("Start the next refresh");
        assertThat(browser.find("#label").getDomProperty("value")).isEqualTo("2027-28 refresh");
        browser.press("Start the refresh");
        check("the refresh");
        assertThat(browser.mainText()).contains("Draft", "Fewer journey incidents");
        browser.click("a[href*='/measures/']");
        check("edit a measure");
        browser.type("text", "Fewer journey incidents, year on year");
        browser.press("Save");
        assertThat(browser.mainText()).contains("Fewer journey incidents, year on year");
        browser.press("Compare");
        check("compare");
        assertThat(browser.mainText()).contains("Fewer journey incidents, year on year");

        // The partner officer reports progress on their organisation's activity in the published version.
        browser.signIn("officer-" + tag, PASSWORD);
        browser.open(base + "/activities");
        check("my activities");
        browser.follow("Journey patrols at night");
        check("the activity");
        browser.choose("status", "AMBER");
        browser.type("commentary", "Two night patrols done; the third moved to next month " + tag);
        browser.type("date", LocalDate.now().toString());
        browser.press("Post the update");
        assertThat(browser.mainText()).contains("Update posted", "the third moved to next month " + tag);
        check("the activity after an update");

        // The coordinator generates the board's pack, which carries the update.
        browser.signIn("coord-" + tag, PASSWORD);
        browser.open(base + "/performance/packs");
        check("packs");
        browser.click("main a[href*='/performance/packs/']");
        browser.press("Generate pack");
        check("the generated pack");
        assertThat(browser.mainText())
                .contains(
                        "Journey patrols at night", "the third moved to next month " + tag, "Fewer journey incidents");
        assertThat(browser.findAll("a[href$='/pdf']")).hasSize(1);
    }

    private void check(String page) {
        assertThat(browser.driver().getTitle())
                .as("title of " + page)
                .endsWith("– SaferPlan")
                .doesNotStartWith("Error");
        browser.assertAccessible(page);
    }
}
