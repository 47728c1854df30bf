package org.saferplan.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.saferplan.security.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.saferplan.IntegrationTest;
import org.saferplan.Pages;
import org.saferplan.governance.Partnerships;
import org.saferplan.plan.PlanDocuments;
import org.saferplan.plan.PublishedPlans;
import org.saferplan.security.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The published plan on the public site: the round trip from the seed plan to the public page word for word, stable
 * addresses for every published version, and pages that need no sign-in and start no session.
 */
@IntegrationTest
class PublicPlanTests {

    static final Path SEED = Path.of("../shared/seed/000_70d592669c15492b.txt");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Partnerships partnerships;

    @Autowired
    PlanDocuments planDocuments;

    @Autowired
    PublishedPlans published;

    /** The seed's priorities, each with its activities and measures, exactly as the seed prints them. */
    static Map<String, List<List<String>>> seedPriorities() throws Exception {
        var lines = Files.readAllLines(SEED);
        var priorities = new LinkedHashMap<String, List<List<String>>>();
        for (int i = 0; i + 2 < lines.size(); i++) {
            if (lines.get(i + 1).startsWith("Activities\tMeasures")) {
                var row = lines.get(i + 2).split("<ul style=\"list-style-type: none\"> ");
                priorities.put(lines.get(i).strip(), List.of(items(row[1]), items(row[2])));
            }
        }
        assertThat(priorities).hasSize(8);
        return priorities;
    }

    private static List<String> items(String cell) {
        return Arrays.stream(cell.split("• "))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    @Test
    void publishingTheDemoPlanPutsEverySeedPriorityActivityAndMeasureOnThePublicPageWordForWord() throws Exception {
        var partnership = PublishingFixtures.partnership(partnerships, accounts, "roundtrip-" + System.nanoTime());
        long versionId = planDocuments.load(
                partnership.id(),
                PublishingFixtures.withStatus(PublishingFixtures.demoPlan("plan-2021-22.txt"), "APPROVED"));
        var plan = "/public/" + partnership.slug() + "/plan";
        mvc.perform(get(plan)).andExpect(status().isNotFound());

        // The plan module's own "publish" step, as the coordinator takes it.
        mvc.perform(post("/partnerships/" + partnership.slug() + "/plan/versions/" + versionId + "/publish")
                        .with(as(accounts, partnership.slug() + "-coordinator"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        var result = mvc.perform(get(plan)).andExpect(status().isOk()).andReturn();
        assertThat(result.getRequest().getSession(false))
                .as("a public page starts no session")
                .isNull();
        assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
        var page = Pages.html(result);
        assertThat(page.select("h1").text()).contains("Community Safety Plan 2020-2023", "2021-22 refresh");
        for (var priority : seedPriorities().entrySet()) {
            var heading = page.select("h3").stream()
                    .filter(h -> h.ownText().equals(priority.getKey()))
                    .findFirst();
            assertThat(heading).as(priority.getKey()).isPresent();
            var columns = heading.get().nextElementSibling().select(".govuk-grid-column-one-half");
            assertThat(texts(columns.get(0)))
                    .as("activities of " + priority.getKey())
                    .containsExactlyElementsOf(priority.getValue().get(0));
            assertThat(texts(columns.get(1)))
                    .as("measures of " + priority.getKey())
                    .containsExactlyElementsOf(priority.getValue().get(1));
        }
        var seed = Files.readString(SEED).replaceAll("\\[([^\\]]+)\\]\\(#\\)", "$1");
        for (var paragraph : page.select("main p.govuk-body")) {
            if (paragraph.text().startsWith("CSPs are required")
                    || paragraph.text().startsWith("Partners carry out")) {
                assertThat(seed).contains(paragraph.text());
            }
        }
        assertThat(page.select("a[href=/public/" + partnership.slug() + "]").text())
                .contains("Test Partnership " + partnership.slug());
        assertThat(page.select("main a").eachAttr("href"))
                .contains(
                        "/public/" + partnership.slug() + "/plan/2021-22-refresh/work-plans",
                        "/public/" + partnership.slug() + "/statistics");

        var pdf = mvc.perform(get(plan + "/2021-22-refresh.pdf"))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(pdf.getRequest().getSession(false)).isNull();
        var text = PdfChecks.text(pdf.getResponse().getContentAsByteArray());
        for (var priority : seedPriorities().entrySet()) {
            assertThat(text).contains(priority.getKey());
            for (var item : allListItems(priority.getValue())) {
                assertThat(text).as("the PDF has, word for word").contains(item);
            }
        }
        assertThat(text)
                .contains("Partners use performance information and data coupled with an assessment of"
                        + " progress against their agreed actions at each meeting");
    }

    private static List<String> texts(Element column) {
        return column.select("li").eachText();
    }

    @Test
    void everyPublishedVersionKeepsItsAddressAndTheCurrentOneIsTheNewest() throws Exception {
        var page = Pages.html(mvc.perform(get("/public/dorset/plan/versions"))
                .andExpect(status().isOk())
                .andReturn());
        var links = page.select("main table a").eachAttr("href");
        assertThat(links).contains("/public/dorset/plan/2021-22-refresh", "/public/dorset/plan/2020-21");
        var earlier = Pages.html(mvc.perform(get("/public/dorset/plan/2020-21"))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(earlier.select(".govuk-inset-text").text()).contains("This is an earlier version");
        var current = Pages.html(mvc.perform(get("/public/dorset/plan"))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(current.select("h1").text()).contains("2021-22 refresh");
        assertThat(current.select(".govuk-inset-text")).isEmpty();
        mvc.perform(get("/public/dorset/plan/no-such-version")).andExpect(status().isNotFound());
        mvc.perform(get("/public/no-such-partnership/plan")).andExpect(status().isNotFound());
    }

    @Test
    void theWorkPlansAboutAndStatisticsPagesNeedNoSignIn() throws Exception {
        for (var path : List.of(
                "/public",
                "/public/dorset",
                "/public/dorset/plan/2021-22-refresh/work-plans",
                "/public/dorset/statistics",
                "/public/dorset/you-said-we-did",
                "/public/dorset/open-data",
                "/accessibility")) {
            var result = mvc.perform(get(path)).andExpect(status().isOk()).andReturn();
            assertThat(result.getRequest().getSession(false)).as(path).isNull();
        }
        var stats = Pages.html(mvc.perform(get("/public/dorset/statistics")).andReturn());
        assertThat(stats.text())
                .contains(
                        "not the official crime statistics", "anonymous map points", "How crimes are recorded differs");
        assertThat(stats.select("svg[role=img]")).hasSize(2);
        assertThat(stats.select("table")).hasSize(2);
        var work = Pages.html(mvc.perform(get("/public/dorset/plan/2021-22-refresh/work-plans"))
                .andReturn());
        assertThat(work.select("h2").eachText()).contains("Dorset Police");
    }

    @Test
    void youSaidWeDidShowsWhatResidentsSaidBesideThePublishedPlansAnswers() throws Exception {
        var plan = Pages.html(mvc.perform(get("/public/dorset/plan")).andReturn());
        assertThat(plan.select("a[href=/public/dorset/you-said-we-did]")).isNotEmpty();
        var page = Pages.html(mvc.perform(get("/public/dorset/you-said-we-did"))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page.select("h1").text()).isEqualTo("You said, we did");
        assertThat(page.text()).contains("2021-22 refresh");
        var asb = page.select(".govuk-summary-card").stream()
                .filter(card -> card.select("h2").text().equals("Anti-social behaviour"))
                .findFirst()
                .orElseThrow();
        assertThat(asb.text())
                .contains(
                        "Dorset Council residents' survey",
                        "Anti-Social Behaviour (ASB)",
                        "Support vulnerable and repeat victims of ASB");
        assertThat(asb.text()).containsPattern("95% interval \\d+\\.\\d% to \\d+\\.\\d%");
    }

    static List<String> allListItems(List<List<String>> lists) {
        var all = new ArrayList<String>();
        lists.forEach(all::addAll);
        return all;
    }
}
