package org.saferplan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.saferplan.security.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.saferplan.IntegrationTest;
import org.saferplan.Pages;
import org.saferplan.governance.Partnership;
import org.saferplan.governance.Partnerships;
import org.saferplan.plan.web.ActivityForm;
import org.saferplan.plan.web.MeasureForm;
import org.saferplan.plan.web.PlanForm;
import org.saferplan.plan.web.RefreshForm;
import org.saferplan.plan.web.ThemeForm;
import org.saferplan.security.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class PlanPagesTests {

    private static final Path SEED = Path.of("../shared/seed/000_70d592669c15492b.txt");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Partnerships partnerships;

    @Autowired
    Plans plans;

    @Autowired
    PlanRepository repository;

    private Partnership dorset() {
        return partnerships.findBySlug("dorset").orElseThrow();
    }

    private long organisation(String name) {
        return plans.partnerNames(dorset().id()).entrySet().stream()
                .filter(e -> e.getValue().equals(name))
                .findFirst()
                .orElseThrow()
                .getKey();
    }

    /** A plan of Dorset's own with a draft holding one priority, one activity and one measure. */
    private VersionContent draftPlan() {
        var dorset = dorset();
        var plan = plans.createPlan(dorset.id(), new PlanForm("Test plan " + System.nanoTime(), "2020", "2023"));
        var version = plans.startRefresh(dorset.id(), plan.id(), new RefreshForm("2020-21", "2020-21"));
        plans.saveSection(dorset.id(), version.id(), SectionKind.INTRODUCTION, "Our aims:\n\n- Fewer victims");
        var theme = plans.addTheme(
                dorset.id(),
                version.id(),
                new ThemeForm("PRIORITY", "Rural Crime", "", String.valueOf(organisation("Dorset Police")), "", ""));
        plans.addActivity(
                dorset.id(),
                version.id(),
                theme.id(),
                new ActivityForm(
                        "Patrol farms",
                        List.of(
                                String.valueOf(organisation("Dorset Police")),
                                String.valueOf(organisation("Dorset Council"))),
                        "Sgt Lee",
                        "",
                        "2020-04-01",
                        "2021-03-31",
                        "ON_TRACK",
                        ""));
        plans.addMeasure(
                dorset.id(),
                version.id(),
                theme.id(),
                new MeasureForm(
                        "Agricultural theft reduced",
                        "DECREASE",
                        "120",
                        "thefts in 2019-20",
                        "100",
                        "Police recorded crime",
                        ""));
        plans.addMeasure(
                dorset.id(),
                version.id(),
                theme.id(),
                new MeasureForm("Reduction in fly tipping", "DECREASE", "", "", "", "", ""));
        return plans.content(dorset.id(), version.id());
    }

    private String href(VersionContent content) {
        return "/partnerships/dorset/plan/versions/" + content.version().id();
    }

    private Document page(String username, String path) throws Exception {
        return Pages.html(mvc.perform(get(path).with(as(accounts, username)))
                .andExpect(status().isOk())
                .andReturn());
    }

    private MockHttpServletRequestBuilder postAs(String username, String path) {
        return post(path).with(as(accounts, username)).with(csrf());
    }

    @Test
    void theDemoRefreshHasTheSeedsPrioritiesActivitiesAndMeasuresWordForWord() throws Exception {
        var lines = Files.readAllLines(SEED);
        var seedPriorities = new ArrayList<String>();
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (lines.get(i + 1).startsWith("Activities\tMeasures")) {
                seedPriorities.add(lines.get(i).strip());
            }
        }
        assertThat(seedPriorities).hasSize(8);
        var version = demoVersion("2021-22 refresh");
        assertThat(version.version().status()).isEqualTo(VersionStatus.PUBLISHED);
        var priorities = version.themes().stream()
                .filter(t -> t.kind() == ThemeKind.PRIORITY)
                .toList();
        assertThat(priorities).extracting(Theme::title).containsExactlyElementsOf(seedPriorities);

        for (var priority : priorities) {
            var row = lines.get(lines.indexOf(priority.title() + "\t") + 2)
                    .split("<ul style=\"list-style-type: none\"> ");
            assertThat(version.activitiesOf(priority.id()))
                    .extracting(Activity::text)
                    .as(priority.title())
                    .containsExactlyElementsOf(items(row[1]));
            assertThat(version.measuresOf(priority.id()))
                    .extracting(Measure::text)
                    .as(priority.title())
                    .containsExactlyElementsOf(items(row[2]));
        }
        var rural = priorities.stream()
                .filter(t -> t.title().equals("Rural Crime"))
                .findFirst()
                .orElseThrow();
        assertThat(version.activitiesOf(rural.id())).hasSize(6);
        assertThat(version.measuresOf(rural.id())).hasSize(3);

        assertThat(version.themes())
                .filteredOn(t -> t.kind() != ThemeKind.PRIORITY)
                .extracting(t -> t.kind() + " " + t.title())
                .containsExactly(
                        "MONITORED Hate Crime",
                        "CROSS_CUTTING Reducing re-offending",
                        "LINKED_STRATEGY pan-Dorset Alcohol & Drugs Strategy");
        var seed = Files.readString(SEED);
        for (var kind : SectionKind.values()) {
            for (var paragraph : version.section(kind).split("\n")) {
                if (!paragraph.startsWith("- ") && !paragraph.isBlank()) {
                    assertThat(seed.replaceAll("\\[([^\\]]+)\\]\\(#\\)", "$1"))
                            .as(kind.name())
                            .contains(paragraph);
                }
            }
        }
        assertThat(version.section(SectionKind.CONSULTATION)).contains("2,619 surveys were completed");
    }

    private static List<String> items(String cell) {
        return Arrays.stream(cell.split("• "))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private VersionContent demoVersion(String label) {
        var plan = plans.plans(dorset().id()).stream()
                .filter(p -> p.title().equals("Community Safety Plan 2020-2023"))
                .findFirst()
                .orElseThrow();
        var version = plans.versions(plan.id()).stream()
                .filter(v -> v.label().equals(label))
                .findFirst()
                .orElseThrow();
        return plans.content(dorset().id(), version.id());
    }

    @Test
    void theDemoShowsBothPublishedVersionsAndWhatChangedBetweenThem() throws Exception {
        var list = page("officer", "/partnerships/dorset/plan");
        assertThat(list.title()).isEqualTo("Community safety plan – Dorset Community Safety Partnership – SaferPlan");
        assertThat(list.select("h1").text()).isEqualTo("Community safety plan");
        var rows = list.select("table:has(caption:containsOwn(Versions of Community Safety Plan 2020-2023)) tbody tr");
        assertThat(rows.eachText())
                .anyMatch(r -> r.startsWith("2021-22 refresh 2021-22 Published"))
                .anyMatch(r -> r.startsWith("2020-21 2020-21 Published"));
        assertThat(list.select("a:containsOwn(Start the next refresh)")).isEmpty();
        assertThat(list.select("main form")).isEmpty();
        assertThat(page("officer", "/partnerships/dorset")
                        .select("nav[aria-label=Partnership workspace] a")
                        .eachText())
                .contains("Plan");

        var current = demoVersion("2021-22 refresh");
        var earlier = demoVersion("2020-21");
        assertThat(earlier.section(SectionKind.INTRODUCTION)).contains("illustrative earlier version for the demo");
        var compare = page(
                "analyst", href(current) + "/compare?with=" + earlier.version().id());
        assertThat(compare.select("h1").text()).isEqualTo("Changes from 2020-21 to 2021-22 refresh");
        assertThat(rowsOf(compare, "Activities"))
                .containsExactly("Added Rural Crime Protection of our most vulnerable Farming community members");
        assertThat(rowsOf(compare, "Measures"))
                .containsExactly("Changed Domestic Abuse Compliance with any government"
                        + " requirements emerging from the Domestic Abuse Bill. Compliance with government requirements"
                        + " relating to the Domestic Abuse Act 2021.");
        assertThat(compare.select("table:has(caption:containsOwn(Themes))")).isEmpty();
    }

    @Test
    void theVersionPageReadsAsThePlanDocument() throws Exception {
        var version = demoVersion("2021-22 refresh");
        var page = page("officer", href(version));
        assertThat(page.title())
                .isEqualTo("Community Safety Plan 2020-2023: 2021-22 refresh – Dorset Community"
                        + " Safety Partnership – SaferPlan");
        assertThat(page.select("h1").text()).isEqualTo("2021-22 refresh");
        assertThat(page.select("main h2").eachText())
                .containsSubsequence(
                        "Introduction",
                        "Crime in the Dorset Community Safety Partnership area",
                        "Consultation and engagement",
                        "Community safety priorities",
                        "Monitored and cross-cutting themes and linked strategies",
                        "Performance management",
                        "Governance");
        assertThat(page.select("main h3").eachText())
                .startsWith("Modern Slavery and Human Trafficking", "County Lines");
        assertThat(page.select("#section-introduction ~ ul")
                        .first()
                        .select("li")
                        .eachText())
                .containsExactly(
                        "Reduce crime and the fear of crime;",
                        "Address risk, threat and harm to victims and local communities; and",
                        "Facilitate the strengthening of Dorset's communities in the delivery of local initiatives.");
        assertThat(page.select("table:has(caption:containsOwn(Activities: Fraud)) tbody tr")
                        .eachText())
                .anyMatch(r -> r.startsWith("Incorporate scams advice into Safe & Well visits by the Fire & Rescue"
                        + " Service Dorset & Wiltshire Fire & Rescue Service Not started"));
        assertThat(page.select(".govuk-summary-list__row:has(dt:containsOwn(Status)) .govuk-tag")
                        .text())
                .isEqualTo("Published");
        assertThat(page.select("a:containsOwn(Edit)")).isEmpty();
        assertThat(page("coordinator", href(version)).select("main a:containsOwn(Edit), main button"))
                .extracting(e -> e.text())
                .containsExactly("Compare");
    }

    @Test
    void theFireServicesWorkPlanListsTheSafeAndWellScamsActivity() throws Exception {
        var version = demoVersion("2021-22 refresh");
        var fire = organisation("Dorset & Wiltshire Fire & Rescue Service");
        var list = page("officer", href(version) + "/work-plans");
        assertThat(list.select("h1").text()).isEqualTo("Annual work plans");
        assertThat(list.select("tbody tr").eachText()).contains("Dorset & Wiltshire Fire & Rescue Service 1");
        var page = page("officer", href(version) + "/work-plans/" + fire);
        assertThat(page.title()).startsWith("Work plan: Dorset & Wiltshire Fire & Rescue Service");
        assertThat(page.select("caption").text()).contains("Fraud");
        assertThat(page.select("tbody tr").eachText())
                .containsExactly("Incorporate scams advice into Safe & Well"
                        + " visits by the Fire & Rescue Service Not started Not recorded Not set");
    }

    @Test
    void aRefreshCopiesEverythingWithTheSameKeysAndEditingTheCopyLeavesTheOriginal() throws Exception {
        var original = draftPlan();
        var dorset = dorset().id();
        plans.approve(dorset, original.version().id());
        var copy = plans.content(
                dorset,
                plans.startRefresh(dorset, original.plan().id(), new RefreshForm("2021-22 refresh", "2021-22"))
                        .id());
        assertThat(copy.version().status()).isEqualTo(VersionStatus.DRAFT);
        assertThat(copy.version().basedOnId()).isEqualTo(original.version().id());
        assertThat(copy.sections()).isEqualTo(original.sections());
        assertThat(copy.themes())
                .extracting(Theme::key, Theme::title, Theme::leadOrganisationId)
                .isEqualTo(original.themes().stream()
                        .map(t -> org.assertj.core.groups.Tuple.tuple(t.key(), t.title(), t.leadOrganisationId()))
                        .toList());
        assertThat(copy.activities())
                .extracting(Activity::key, Activity::text, Activity::owners, Activity::status, Activity::dueOn)
                .isEqualTo(original.activities().stream()
                        .map(a -> org.assertj.core.groups.Tuple.tuple(
                                a.key(), a.text(), a.owners(), a.status(), a.dueOn()))
                        .toList());
        assertThat(copy.measures())
                .extracting(Measure::key, Measure::text)
                .isEqualTo(original.measures().stream()
                        .map(m -> org.assertj.core.groups.Tuple.tuple(m.key(), m.text()))
                        .toList());
        assertThat(copy.activities().get(0).id())
                .isNotEqualTo(original.activities().get(0).id());

        var activity = copy.activities().get(0);
        mvc.perform(postAs("coordinator", href(copy) + "/themes/" + activity.themeId() + "/activities/" + activity.id())
                        .param("text", "Patrol farms at night")
                        .param("owners", activity.owners().get(0).toString())
                        .param("status", "AT_RISK"))
                .andExpect(status().is3xxRedirection());
        assertThat(plans.content(dorset, copy.version().id())
                        .activities()
                        .get(0)
                        .text())
                .isEqualTo("Patrol farms at night");
        assertThat(plans.content(dorset, original.version().id())
                        .activities()
                        .get(0)
                        .text())
                .isEqualTo("Patrol farms");
    }

    @Test
    void aPlanHasOneDraftAtATime() {
        var draft = draftPlan();
        assertThatThrownBy(() ->
                        plans.startRefresh(dorset().id(), draft.plan().id(), new RefreshForm("Another", "2021-22")))
                .isInstanceOf(PlanRuleException.class)
                .hasMessageContaining("already has a draft version");
        assertThat(plans.versions(draft.plan().id())).hasSize(1);
    }

    @Test
    void approvedAndPublishedVersionsRefuseEveryEdit() throws Exception {
        var draft = draftPlan();
        var dorset = dorset().id();
        var theme = draft.themes().get(0);
        mvc.perform(postAs("coordinator", href(draft) + "/publish")).andExpect(status().isConflict());
        mvc.perform(postAs("coordinator", href(draft) + "/approve")).andExpect(status().is3xxRedirection());
        var refused = Pages.html(mvc.perform(postAs("coordinator", href(draft) + "/sections/introduction")
                        .param("body", "Changed"))
                .andExpect(status().isConflict())
                .andReturn());
        assertThat(refused.select("main p").text())
                .contains("The 2020-21 version is approved, so it can no longer" + " be changed.");
        mvc.perform(get(href(draft) + "/themes/" + theme.id() + "/activities/new")
                        .with(as(accounts, "coordinator")))
                .andExpect(status().isConflict());
        mvc.perform(postAs("coordinator", href(draft) + "/themes/" + theme.id() + "/remove"))
                .andExpect(status().isConflict());
        assertThatThrownBy(() -> plans.addMeasure(
                        dorset,
                        draft.version().id(),
                        theme.id(),
                        new MeasureForm("More", "INCREASE", "", "", "", "", "")))
                .isInstanceOf(PlanRuleException.class);
        mvc.perform(postAs("coordinator", href(draft) + "/publish")).andExpect(status().is3xxRedirection());
        mvc.perform(postAs("coordinator", href(draft) + "/approve")).andExpect(status().isConflict());
        var after = plans.content(dorset, draft.version().id());
        assertThat(after.version().status()).isEqualTo(VersionStatus.PUBLISHED);
        assertThat(after.version().published().by()).isEqualTo("coordinator");
        assertThat(after.sections()).isEqualTo(draft.sections());
        assertThat(after.themes()).hasSize(1);
        assertThat(after.measures()).hasSize(2);
    }

    @Test
    void comparisonListsExactlyWhatChanged() throws Exception {
        var original = draftPlan();
        var dorset = dorset().id();
        plans.approve(dorset, original.version().id());
        var copy = plans.content(
                dorset,
                plans.startRefresh(dorset, original.plan().id(), new RefreshForm("2021-22 refresh", "2021-22"))
                        .id());
        var theme = copy.themes().get(0);
        var police = String.valueOf(organisation("Dorset Police"));
        plans.addActivity(
                dorset,
                copy.version().id(),
                theme.id(),
                new ActivityForm("Visit markets", List.of(police), "", "", "", "", "NOT_STARTED", ""));
        plans.removeMeasure(
                dorset, copy.version().id(), theme.id(), copy.measures().get(1).id());
        var measure = copy.measures().get(0);
        plans.updateMeasure(
                dorset,
                copy.version().id(),
                theme.id(),
                measure.id(),
                new MeasureForm("Agricultural theft halved", "DECREASE", "", "", "", "", ""));
        plans.saveSection(dorset, copy.version().id(), SectionKind.GOVERNANCE, "The board meets quarterly.");

        var page = page(
                "officer", href(copy) + "/compare?with=" + original.version().id());
        assertThat(rowsOf(page, "Activities")).containsExactly("Added Rural Crime Visit markets");
        assertThat(rowsOf(page, "Measures"))
                .containsExactly(
                        "Changed Rural Crime Agricultural theft reduced Agricultural theft halved",
                        "Removed Rural Crime Reduction in fly tipping");
        assertThat(rowsOf(page, "Sections")).containsExactly("Changed Governance The board meets quarterly.");
        assertThat(page.select("table:has(caption:containsOwn(Themes))")).isEmpty();
        assertThat(page.select("select#with option[selected]").val())
                .isEqualTo(original.version().id() + "");

        var form = page("officer", href(copy) + "/compare");
        assertThat(form.select("h1").text()).isEqualTo("Compare 2021-22 refresh with another version");
        assertThat(page("officer", href(copy))
                        .select("form[action$=/compare] select#with option")
                        .eachAttr("value"))
                .containsExactly(original.version().id() + "");
    }

    private static List<String> rowsOf(Document page, String caption) {
        return page.select("table:has(caption:containsOwn(" + caption + ")) tbody tr")
                .eachText();
    }

    @Test
    void coordinatorEditsADraftThroughItsForms() throws Exception {
        var draft = draftPlan();
        var page = page("coordinator", href(draft));
        assertThat(page.select("span.govuk-tag, strong.govuk-tag").eachText()).contains("Draft");
        assertThat(page.select("button").eachText()).contains("Approve this version");
        var section = page("coordinator", href(draft) + "/sections/crime-overview");
        assertThat(section.title()).startsWith("Edit crime overview");
        assertThat(section.select("label[for=body]").text()).isEqualTo("Text");

        var theme = draft.themes().get(0);
        var add = page("coordinator", href(draft) + "/themes/" + theme.id() + "/activities/new");
        assertThat(add.select("h1").text()).isEqualTo("Add an activity");
        assertThat(add.select("input[name=owners]")).hasSizeGreaterThan(5);
        assertThat(add.select("input#owners")).hasSize(1);

        mvc.perform(postAs("coordinator", href(draft) + "/themes/" + theme.id() + "/activities/new")
                        .param("text", "<script>alert('x')</script> Visit farms")
                        .param("owners", String.valueOf(organisation("Dorset Council")))
                        .param("status", "ON_TRACK")
                        .param("position", "1"))
                .andExpect(status().is3xxRedirection());
        var after = plans.content(dorset().id(), draft.version().id());
        assertThat(after.activities())
                .extracting(Activity::text)
                .containsExactly("<script>alert('x')</script> Visit farms", "Patrol farms");
        var shown = mvc.perform(get(href(draft)).with(as(accounts, "coordinator")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(shown).contains("&lt;script&gt;alert(").doesNotContain("<script>alert(");
        assertThat(Pages.html(mvc.perform(get(href(draft) + "?done=activity-added")
                                        .with(as(accounts, "coordinator")))
                                .andReturn())
                        .select(".govuk-notification-banner--success")
                        .text())
                .contains("Activity added");
    }

    @Test
    void badActivityInputIsReportedAndNothingIsStored() throws Exception {
        var draft = draftPlan();
        var theme = draft.themes().get(0);
        var page =
                Pages.html(mvc.perform(postAs("coordinator", href(draft) + "/themes/" + theme.id() + "/activities/new")
                                .param("text", "  ")
                                .param("startsOn", "2021-06-01")
                                .param("dueOn", "2021-05-01")
                                .param("status", "ON_TRACK"))
                        .andExpect(status().isBadRequest())
                        .andReturn());
        assertThat(page.title()).startsWith("Error: Add an activity");
        assertThat(page.select(".govuk-error-summary a").eachAttr("href"))
                .containsExactly("#text", "#owners", "#dueOn");
        assertThat(page.select(".govuk-error-summary a[href=#dueOn]").text())
                .isEqualTo("The due date must be the same as or after the start date");
        assertThat(page.select("#dueOn").val()).isEqualTo("2021-05-01");
        assertThat(plans.content(dorset().id(), draft.version().id()).activities())
                .hasSize(1);
    }

    @Test
    void badPlanAndRefreshInputIsReported() throws Exception {
        var page = Pages.html(mvc.perform(postAs("coordinator", "/partnerships/dorset/plan/new")
                        .param("title", "")
                        .param("firstYear", "2023")
                        .param("lastYear", "2020"))
                .andExpect(status().isBadRequest())
                .andReturn());
        assertThat(page.title()).startsWith("Error: Create a plan");
        assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#title", "#lastYear");

        var draft = draftPlan();
        plans.approve(dorset().id(), draft.version().id());
        var refresh = "/partnerships/dorset/plan/" + draft.plan().id() + "/refresh";
        var form = page("coordinator", refresh);
        assertThat(form.select("#financialYear").val()).isEqualTo("2021-22");
        for (var bad : new String[] {"2021-23", "2023-24", "next year"}) {
            var refused = Pages.html(mvc.perform(
                            postAs("coordinator", refresh).param("label", "Bad").param("financialYear", bad))
                    .andExpect(status().isBadRequest())
                    .andReturn());
            assertThat(refused.title()).startsWith("Error: Start the next refresh");
            assertThat(refused.select(".govuk-error-summary a[href=#financialYear]"))
                    .hasSize(1);
        }
        assertThat(plans.versions(draft.plan().id())).hasSize(1);
    }

    @Test
    void anOfficerReadsButCannotChangeThePlan() throws Exception {
        var draft = draftPlan();
        var theme = draft.themes().get(0);
        var activity = draft.activities().get(0);
        var page = page("officer", href(draft));
        assertThat(page.select("main a:containsOwn(Edit), main button:containsOwn(Approve)"))
                .isEmpty();
        for (var path : new String[] {
            "/partnerships/dorset/plan/new",
            "/partnerships/dorset/plan/" + draft.plan().id() + "/refresh",
            href(draft) + "/approve",
            href(draft) + "/publish",
            href(draft) + "/sections/introduction",
            href(draft) + "/themes/new",
            href(draft) + "/themes/" + theme.id(),
            href(draft) + "/themes/" + theme.id() + "/remove",
            href(draft) + "/themes/" + theme.id() + "/activities/new",
            href(draft) + "/themes/" + theme.id() + "/activities/" + activity.id() + "/remove",
            href(draft) + "/themes/" + theme.id() + "/measures/new"
        }) {
            mvc.perform(postAs("officer", path)
                            .param("text", "x")
                            .param("title", "x")
                            .param("body", "x"))
                    .andExpect(status().isForbidden());
        }
        var after = plans.content(dorset().id(), draft.version().id());
        assertThat(after).isEqualTo(draft);
    }

    @Test
    void anotherPartnershipsCoordinatorIsRefusedAndForeignIdsAreNotFound() throws Exception {
        var version = demoVersion("2021-22 refresh");
        for (var path : new String[] {"/partnerships/dorset/plan", href(version), href(version) + "/work-plans"}) {
            mvc.perform(get(path).with(as(accounts, "wiltshire-coordinator"))).andExpect(status().isForbidden());
        }
        for (var path : new String[] {
            "/api/v1/partnerships/dorset/plans",
            "/api/v1/partnerships/dorset/plan-versions/" + version.version().id()
        }) {
            mvc.perform(get(path).with(httpBasic("wiltshire-coordinator", "saferplan-demo")))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(postAs("wiltshire-coordinator", href(version) + "/approve")).andExpect(status().isForbidden());

        var wiltshire = partnerships.findBySlug("wiltshire").orElseThrow();
        var plan =
                plans.createPlan(wiltshire.id(), new PlanForm("Wiltshire plan " + System.nanoTime(), "2021", "2024"));
        var foreign = plans.startRefresh(wiltshire.id(), plan.id(), new RefreshForm("2021-22", "2021-22"));
        var theme =
                plans.addTheme(wiltshire.id(), foreign.id(), new ThemeForm("PRIORITY", "Knife crime", "", "", "", ""));
        mvc.perform(get("/partnerships/dorset/plan/versions/" + foreign.id()).with(as(accounts, "coordinator")))
                .andExpect(status().isNotFound());
        mvc.perform(postAs("coordinator", "/partnerships/dorset/plan/versions/" + foreign.id() + "/approve"))
                .andExpect(status().isNotFound());
        mvc.perform(get(href(version) + "/themes/" + theme.id()).with(as(accounts, "coordinator")))
                .andExpect(status().isNotFound());
        mvc.perform(get(href(version) + "/compare?with=" + foreign.id()).with(as(accounts, "coordinator")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/partnerships/dorset/plan/" + plan.id() + "/refresh").with(as(accounts, "coordinator")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/partnerships/dorset/plan-versions/" + foreign.id())
                        .with(httpBasic("coordinator", "saferplan-demo")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/partnerships/dorset/plan/versions/999999999").with(as(accounts, "officer")))
                .andExpect(status().isNotFound());
        assertThat(plans.version(wiltshire.id(), foreign.id()).status()).isEqualTo(VersionStatus.DRAFT);
    }

    @Test
    void theApiGivesPlansAndAWholeVersionToMembers() throws Exception {
        var version = demoVersion("2021-22 refresh");
        var list = mvc.perform(get("/api/v1/partnerships/dorset/plans").with(httpBasic("officer", "saferplan-demo")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list)
                .contains(
                        "\"title\":\"Community Safety Plan 2020-2023\"",
                        "\"label\":\"2021-22 refresh\"",
                        "\"status\":\"PUBLISHED\"");
        var body = mvc.perform(get("/api/v1/partnerships/dorset/plan-versions/"
                                + version.version().id())
                        .with(httpBasic("analyst", "saferplan-demo")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(body)
                .contains(
                        "\"title\":\"Rural Crime\"",
                        "Reduce opportunities for Agricultural Theft to thrive",
                        "\"direction\":\"DECREASE\"",
                        "\"INTRODUCTION\":\"The Dorset Community Safety Partnership",
                        "\"name\":\"Dorset & Wiltshire Fire & Rescue Service\"");
    }
}
