package org.saferplan.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.saferplan.security.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.saferplan.IntegrationTest;
import org.saferplan.Pages;
import org.saferplan.governance.Governance;
import org.saferplan.governance.Group;
import org.saferplan.governance.Meeting;
import org.saferplan.governance.Partnerships;
import org.saferplan.governance.web.GroupForm;
import org.saferplan.governance.web.MeetingForm;
import org.saferplan.performance.web.IndicatorForm;
import org.saferplan.performance.web.UpdateForm;
import org.saferplan.performance.web.ValueForm;
import org.saferplan.plan.PlanLookup;
import org.saferplan.security.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class PerformancePackTests {

    static final String ACTIVITY = "Develop initiatives for people who don't engage with services";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Partnerships partnerships;

    @Autowired
    Governance governance;

    @Autowired
    Indicators indicators;

    @Autowired
    ActionUpdates updates;

    @Autowired
    PerformancePacks packs;

    @Autowired
    PlanLookup plan;

    private long dorset() {
        return partnerships.findBySlug("dorset").orElseThrow().id();
    }

    private Group group(String kind, Long parent) {
        return governance.createGroup(
                dorset(),
                new GroupForm(
                        "Pack test group " + System.nanoTime(), kind, parent == null ? "" : parent.toString(), ""));
    }

    private Meeting meeting(Group group, int daysFromToday, String status) {
        return governance.addMeeting(
                dorset(),
                group.id(),
                new MeetingForm(
                        Governance.today().plusDays(daysFromToday).toString(),
                        "10:00",
                        "Test room",
                        "ORDINARY",
                        status));
    }

    private void markHeld(Meeting meeting) {
        governance.updateMeeting(
                dorset(),
                meeting.id(),
                new MeetingForm(
                        meeting.startsAt().toLocalDate().toString(), "10:00", meeting.place(), "ORDINARY", "HELD"));
    }

    private static String href(long meetingId) {
        return PerformancePacks.href("dorset", meetingId);
    }

    private int generate(String user, long meetingId) throws Exception {
        return mvc.perform(post(href(meetingId)).with(csrf()).with(as(accounts, user)))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    private Document page(String user, String path) throws Exception {
        var result = mvc.perform(get(path).with(as(accounts, user))).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return Pages.html(result);
    }

    private PlanLookup.ActivityRef activity(String text) {
        var version = plan.currentVersion(dorset()).orElseThrow();
        return plan.activities(dorset(), version.id()).stream()
                .filter(a -> a.text().equals(text))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void coordinatorGeneratesAPackWithExceptionsFirstChartsTablesAndUpdatesSinceThePreviousMeeting() throws Exception {
        var group = group("OTHER", null);
        meeting(group, -60, "HELD");
        var next = meeting(group, 20, "PLANNED");
        var tag = String.valueOf(System.nanoTime());
        var activity = activity(ACTIVITY);
        updates.store(
                dorset(),
                activity,
                new UpdateForm(
                        "GREEN",
                        "Before the last meeting " + tag,
                        Governance.today().minusDays(70).toString()),
                "coordinator",
                null);
        updates.store(
                dorset(),
                activity,
                new UpdateForm(
                        "GREEN",
                        "Since the last meeting " + tag,
                        Governance.today().minusDays(10).toString()),
                "coordinator",
                null);

        assertThat(generate("coordinator", next.id())).isEqualTo(302);

        var html = page("coordinator", href(next.id()));
        assertThat(html.select("h1").text()).startsWith("Performance pack");
        var pack = html.selectFirst(".app-pack");
        var headings = pack.select("h2").eachText();
        assertThat(headings.get(0)).isEqualTo("Exceptions");
        assertThat(headings).contains("Priorities and measures", "Other indicators", "Overdue updates");
        var exceptions = pack.select("#exceptions-table tbody tr").eachText();
        assertThat(exceptions)
                .anyMatch(row -> row.startsWith("Special cause of concern")
                        && row.contains(DemoPerformanceTests.SEXUAL_OFFENCES));
        assertThat(exceptions).anyMatch(row -> row.startsWith("Red action"));
        assertThat(exceptions)
                .anyMatch(
                        row -> row.startsWith("Overdue update") && row.contains(DemoPerformanceTests.OVERDUE_ACTIVITY));
        var kinds = pack.select("#exceptions-table tbody tr td:first-child").eachText();
        assertThat(kinds.indexOf("Special cause of concern")).isLessThan(kinds.indexOf("Red action"));
        assertThat(kinds.indexOf("Red action")).isLessThan(kinds.indexOf("Overdue update"));

        assertThat(pack.select(".app-pack-priority h3").eachText()).contains("Rural Crime");
        assertThat(pack.text())
                .contains("Reduction in fly tipping", DemoPerformanceTests.FLY_TIPPING, "Illustrative demo data");
        assertThat(pack.select("svg.app-spc-chart")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(pack.select("svg.app-spc-chart").eachAttr("aria-labelledby")).doesNotHaveDuplicates();
        assertThat(pack.select("table th").eachText()).contains("Upper process limit");
        assertThat(pack.select(".app-mdc-improvement")).isNotEmpty();
        assertThat(pack.select(".app-mdc-concern")).isNotEmpty();
        assertThat(pack.select(".app-mdc-neutral")).isNotEmpty();
        assertThat(pack.select(".app-mdc-common")).isNotEmpty();
        assertThat(pack.text()).contains("Evidence,");

        var progress = pack.select("#updates-table").text();
        assertThat(progress).contains("Since the last meeting " + tag).doesNotContain("Before the last meeting " + tag);
        assertThat(html.select("a[href=" + href(next.id()) + "/print]")).hasSize(1);
        var print = mvc.perform(get(href(next.id()) + "/print").with(as(accounts, "officer")))
                .andReturn()
                .getResponse();
        assertThat(print.getContentType()).startsWith("text/html");
        assertThat(Pages.html(mvc.perform(get(href(next.id()) + "/print").with(as(accounts, "officer")))
                                .andReturn())
                        .select("#updates-table")
                        .text())
                .contains("Since the last meeting " + tag);
        assertThat(html.select("a[href=" + href(next.id()) + "/pdf]")).hasSize(1);
        var response = mvc.perform(get(href(next.id()) + "/pdf").with(as(accounts, "officer")))
                .andReturn()
                .getResponse();
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition"))
                .startsWith("inline")
                .endsWith(".pdf\"");
        try (var pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            var text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains(
                            "Performance pack",
                            "Special cause of concern",
                            "Reduction in fly tipping",
                            "Since the last meeting " + tag,
                            "Upper process limit");
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            for (var page : pdf.getPages()) {
                for (var font : page.getResources().getFontNames()) {
                    assertThat(page.getResources().getFont(font).isEmbedded()).isTrue();
                }
            }
        }
    }

    @Test
    void aHeldMeetingsPackIsFrozenAndCannotBeGeneratedAgain() throws Exception {
        var indicator = indicators.create(
                dorset(),
                new IndicatorForm(
                        "Pack frozen test " + System.nanoTime(),
                        "COUNT",
                        "",
                        "MANUAL",
                        "",
                        "",
                        "DECREASE",
                        "",
                        "MONTH",
                        ""),
                false);
        indicators.upload(dorset(), indicator.id(), "2021-01,10\n2021-02,12\n2021-03,11\n2021-04,13");
        var group = group("OTHER", null);
        var meeting = meeting(group, -1, "PLANNED");
        assertThat(generate("analyst", meeting.id())).isEqualTo(302);
        var first = packs.stored(dorset(), meeting.id()).orElseThrow();
        var before =
                page("officer", href(meeting.id())).selectFirst(".app-pack").outerHtml();
        assertThat(before).contains(indicator.name()).contains("2021-04: 13");

        markHeld(meeting);
        indicators.addValue(dorset(), indicator.id(), new ValueForm("2021-05", "40", ""));

        var after = page("officer", href(meeting.id()));
        assertThat(after.selectFirst(".app-pack").outerHtml()).isEqualTo(before);
        assertThat(after.text()).contains("this pack is frozen");
        assertThat(after.select("form[action=" + href(meeting.id()) + "]")).isEmpty();

        var refused = mvc.perform(post(href(meeting.id())).with(csrf()).with(as(accounts, "coordinator")))
                .andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(409);
        var message = Pages.html(refused);
        assertThat(message.title()).startsWith("Error: ");
        assertThat(message.select(".govuk-error-summary").text())
                .contains("has been held")
                .contains("cannot be generated again");
        var stored = packs.stored(dorset(), meeting.id()).orElseThrow();
        assertThat(stored.html()).isEqualTo(first.html());
        assertThat(stored.figures()).isEqualTo(first.figures());
        assertThat(stored.generatedAt()).isEqualTo(first.generatedAt());
        assertThat(mvc.perform(get(href(meeting.id()) + "/print").with(as(accounts, "coordinator")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .isEqualTo(first.html())
                .doesNotContain("2021-05: 40");
    }

    @Test
    void aPackFirstGeneratedAfterTheMeetingSaysItIsNotWhatTheMeetingSaw() throws Exception {
        var group = group("OTHER", null);
        var meeting = meeting(group, -3, "HELD");
        assertThat(page("coordinator", href(meeting.id())).select("form[action=" + href(meeting.id()) + "]"))
                .hasSize(1);
        assertThat(generate("coordinator", meeting.id())).isEqualTo(302);
        var html = page("coordinator", href(meeting.id()));
        assertThat(html.selectFirst(".app-pack").text()).contains("generated after the meeting was held");
        assertThat(html.select("form[action=" + href(meeting.id()) + "]")).isEmpty();
        assertThat(generate("coordinator", meeting.id())).isEqualTo(409);
    }

    @Test
    void generatingAgainBeforeTheMeetingReplacesThePack() throws Exception {
        var group = group("OTHER", null);
        var meeting = meeting(group, 10, "PLANNED");
        assertThat(generate("coordinator", meeting.id())).isEqualTo(302);
        var first = packs.stored(dorset(), meeting.id()).orElseThrow();
        assertThat(generate("coordinator", meeting.id())).isEqualTo(302);
        var second = packs.stored(dorset(), meeting.id()).orElseThrow();
        assertThat(second.generatedAt()).isAfter(first.generatedAt());
    }

    @Test
    void officerReadsButCannotGenerateAndAnotherPartnershipCannotDoEither() throws Exception {
        var group = group("OTHER", null);
        var meeting = meeting(group, 5, "PLANNED");
        assertThat(generate("officer", meeting.id())).isEqualTo(403);
        assertThat(packs.stored(dorset(), meeting.id())).isEmpty();
        var html = page("officer", href(meeting.id()));
        assertThat(html.text()).contains("No pack has been generated for this meeting yet");
        assertThat(html.select("form[action=" + href(meeting.id()) + "]")).isEmpty();
        assertThat(generate("coordinator", meeting.id())).isEqualTo(302);
        assertThat(page("officer", href(meeting.id())).select(".app-pack")).hasSize(1);
        assertThat(mvc.perform(get(href(meeting.id())).with(as(accounts, "wiltshire-coordinator")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(generate("wiltshire-coordinator", meeting.id())).isEqualTo(403);
        assertThat(mvc.perform(get("/partnerships/wiltshire/performance/packs/" + meeting.id())
                                .with(as(accounts, "wiltshire-coordinator")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void aBoardsPackListsTheExceptionsOfTheLatestPackOfEachGroupFeedingIntoIt() throws Exception {
        var board = group("OTHER", null);
        var pcg = group("PCG", board.id());
        var pcgMeeting = meeting(pcg, 3, "PLANNED");
        var boardMeeting = meeting(board, 10, "PLANNED");
        assertThat(generate("coordinator", pcgMeeting.id())).isEqualTo(302);
        assertThat(generate("coordinator", boardMeeting.id())).isEqualTo(302);
        var pack = page("coordinator", href(boardMeeting.id())).selectFirst(".app-pack");
        assertThat(pack.select("#groups")).hasSize(1);
        assertThat(pack.select("h3 a[href=" + href(pcgMeeting.id()) + "]").text())
                .contains(pcg.name());
        assertThat(pack.text()).contains("Special cause of concern:");
    }

    @Test
    void meetingPageLinksToItsPackAndThePackListShowsIt() throws Exception {
        var group = group("OTHER", null);
        var meeting = meeting(group, 7, "PLANNED");
        var html = page("officer", "/partnerships/dorset/governance/meetings/" + meeting.id());
        assertThat(html.select("a[href=" + href(meeting.id()) + "]").text())
                .isEqualTo("Performance pack for this meeting");
        var list = page("officer", "/partnerships/dorset/performance/packs");
        assertThat(list.select("h1").text()).isEqualTo("Performance packs");
        assertThat(list.select("a[href=" + href(meeting.id()) + "]")).hasSize(1);
        assertThat(page("officer", "/partnerships/dorset/performance")
                        .select("a[href=/partnerships/dorset/performance/packs]"))
                .hasSize(1);
        var packPage = page("coordinator", href(meeting.id()));
        assertThat(packPage.title()).startsWith("Performance pack: " + group.name());
        assertThat(packPage.select("form[action=" + href(meeting.id()) + "] button")
                        .text())
                .isEqualTo("Generate pack");
    }
}
