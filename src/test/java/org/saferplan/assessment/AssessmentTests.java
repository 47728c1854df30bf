package org.saferplan.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.saferplan.security.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.saferplan.IntegrationTest;
import org.saferplan.Pages;
import org.saferplan.assessment.web.Ranking;
import org.saferplan.audit.AuditFilter;
import org.saferplan.audit.AuditTrail;
import org.saferplan.governance.Organisations;
import org.saferplan.governance.Partnership;
import org.saferplan.governance.Partnerships;
import org.saferplan.plan.PlanDocuments;
import org.saferplan.plan.PlanLookup;
import org.saferplan.security.UserAccounts;
import org.saferplan.web.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The strategic assessment on a partnership of its own (Wiltshire's area, whose police.uk months ship with
 * SaferPlan) with a published plan, so agreeing priorities changes that plan and not the demo's; and the demo's
 * Dorset 2021 assessment, read only.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssessmentTests {

    private static final String PASSWORD = "assessment-Password-2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    Partnerships partnerships;

    @Autowired
    Organisations organisations;

    @Autowired
    UserAccounts accounts;

    @Autowired
    PlanDocuments planDocuments;

    @Autowired
    PlanLookup plan;

    @Autowired
    Assessments assessments;

    @Autowired
    AuditTrail audit;

    private final String tag = Long.toString(System.nanoTime(), 36);
    private final String slug = "assess-" + tag;
    private Partnership partnership;

    @BeforeAll
    void setUp() {
        partnership = TestPartnership.create(
                partnerships,
                organisations,
                accounts,
                planDocuments,
                slug,
                "acoord-" + tag,
                "aanalyst-" + tag,
                PASSWORD,
                """
                        == theme PRIORITY Anti-Social Behaviour
                        description: Anti-social behaviour in town centres.

                        == theme PRIORITY Rural Crime
                        description: Crime in rural communities.

                        == theme MONITORED Vehicle Crime
                        description: Monitored.
                        """);
    }

    private Assessment create(int year) {
        return assessments.create(partnership.id(), String.valueOf(year), "DEFAULT");
    }

    private Ranking ranking(Assessment assessment) {
        return assessments.ranking(partnership.id(), slug, assessments.get(partnership.id(), assessment.year()));
    }

    private static Ranking.Row row(Ranking ranking, String title) {
        return ranking.themes().stream()
                .filter(r -> r.title().equals(title))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aNewAssessmentStartsWithThePlansPrioritiesAndHateCrime() {
        var assessment = create(2040);
        var themes = assessments.themes(assessment);
        assertThat(themes)
                .extracting(AssessmentRepository.ThemeRow::title)
                .containsExactly("Anti-Social Behaviour", "Rural Crime", "Hate Crime");
        assertThat(themes.get(0).crimeTypes()).containsExactly("Anti-social behaviour");
        assertThat(themes.get(1).crimeTypes()).isEmpty();
        assertThat(assessments.dimensions(assessment))
                .extracting(Dimension::key)
                .containsExactly("volume", "trend", "harm", "concern", "vulnerability");
        assertThatThrownBy(() -> create(2040))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("already has a strategic assessment for 2040");
    }

    @Test
    void crimeEvidenceSuggestsVolumeAndHarmFromRealCounts() {
        var assessment = create(2041);
        assessments.addTheme(partnership.id(), 2041, "Vehicle Crime", "", List.of("Vehicle crime"));
        assessments.addTheme(partnership.id(), 2041, "Burglary", "", List.of("Burglary"));
        assessments.addTheme(partnership.id(), 2041, "Violence", "", List.of("Violence and sexual offences"));
        var ranking = ranking(assessment);
        assertThat(ranking.period()).isEqualTo("October 2018 to February 2019");
        var violence = row(ranking, "Violence");
        var burglary = row(ranking, "Burglary");
        var vehicle = row(ranking, "Vehicle Crime");
        var asb = row(ranking, "Anti-Social Behaviour");
        // Four themes with a crime rate: violence has the highest rate of them in Wiltshire, so ⌈5 × 4 ÷ 4⌉ = 5.
        assertThat(violence.score("volume").suggested()).isEqualTo(5);
        assertThat(violence.score("volume").basis()).contains("per 1,000 residents", "placed among 4 themes");
        assertThat(burglary.score("volume").suggested())
                .isLessThan(violence.score("volume").suggested());
        // Harm: three themes with weighted crime (anti-social behaviour has no harm weight); violence and burglary
        // carry far higher weights than vehicle crime.
        assertThat(asb.score("harm").suggested()).isNull();
        assertThat(vehicle.score("harm").suggested()).isEqualTo(2);
        assertThat(violence.score("harm").suggested()).isEqualTo(5);
        // Five months stored, none a year earlier: no trend suggestion, and the evidence says why.
        assertThat(violence.score("trend").suggested()).isNull();
        assertThat(violence.evidence())
                .extracting(Ranking.Item::text)
                .anyMatch(t -> t.contains("Year on year: not tested"))
                .anyMatch(t -> t.contains("Only 5 months are stored"));
        assertThat(row(ranking, "Rural Crime").score("volume").suggested()).isNull();
        assertThat(violence.score("volume").rule()).contains("SaferPlan's rule");
    }

    @Test
    void anOverrideNeedsAReasonWhichIsShownAndKeptInTheAuditTrail() {
        var assessment = create(2042);
        var theme = assessments.themes(assessment).get(0);
        assertThatThrownBy(() -> assessments.score(partnership.id(), slug, 2042, theme.id(), "volume", "4", "  "))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInputException.Problem::field)
                                .containsExactly("reason"));
        assertThat(assessments.scores(assessment)).isEmpty();
        assessments.score(
                partnership.id(),
                slug,
                2042,
                theme.id(),
                "volume",
                "4",
                "Calls to the council's ASB line doubled " + tag);
        var cell = row(ranking(assessment), theme.title()).score("volume");
        assertThat(cell.score()).isEqualTo(4);
        assertThat(cell.reason()).isEqualTo("Calls to the council's ASB line doubled " + tag);
        var entries =
                audit.find(new AuditFilter(partnership.id(), Assessments.SCORE, theme.id() + "/volume", null, 10));
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).after()).contains("Calls to the council's ASB line doubled " + tag);
    }

    @Test
    void agreeingUpdatesTheNextRefreshFreezesTheAssessmentAndTheReportShowsIt() throws Exception {
        var assessment = create(2043);
        assessments.addObjective(partnership.id(), 2043, "Fight rural crime " + tag);
        var themes = assessments.themes(assessment);
        var asb = themes.get(0);
        var rural = themes.get(1);
        assessments.align(
                partnership.id(),
                2043,
                rural.id(),
                List.of(String.valueOf(assessments.objectives(assessment).get(0).id())));
        assessments.addTheme(partnership.id(), 2043, "Vehicle Crime", "", List.of("Vehicle crime"));
        assessments.addTheme(partnership.id(), 2043, "Fraud", "", List.of());
        var fraud = assessments.themes(assessment).stream()
                .filter(t -> t.title().equals("Fraud"))
                .findFirst()
                .orElseThrow();
        var vehicle = assessments.themes(assessment).stream()
                .filter(t -> t.title().equals("Vehicle Crime"))
                .findFirst()
                .orElseThrow();
        assessments.addEvidence(
                partnership.id(), 2043, fraud.id(), "Scam reports doubled " + tag, "Action Fraud", "2026-03-31", "");

        // An analyst may change the assessment but not agree it.
        var analyst = as(accounts, "aanalyst-" + tag);
        var base = "/partnerships/" + slug + "/assessment/2043";
        var refused = mvc.perform(post(base + "/decision")
                        .with(csrf())
                        .with(analyst)
                        .param("agreed", String.valueOf(rural.id()))
                        .param("reason-" + rural.id(), "Because"))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(403);

        // The coordinator must say why each agreed theme is a priority.
        var coordinator = as(accounts, "acoord-" + tag);
        var missing = mvc.perform(post(base + "/decision")
                        .with(csrf())
                        .with(coordinator)
                        .param("agreed", String.valueOf(rural.id()))
                        .param("reason-" + rural.id(), ""))
                .andReturn();
        assertThat(missing.getResponse().getStatus()).isEqualTo(400);
        assertThat(Pages.html(missing).title()).startsWith("Error: ");
        assertThat(assessments.get(partnership.id(), 2043).agreed()).isFalse();

        var agreed = mvc.perform(post(base + "/decision")
                        .with(csrf())
                        .with(coordinator)
                        .param(
                                "agreed",
                                String.valueOf(rural.id()),
                                String.valueOf(fraud.id()),
                                String.valueOf(vehicle.id()))
                        .param("reason-" + rural.id(), "Rural concern " + tag)
                        .param("reason-" + fraud.id(), "Scams rising " + tag)
                        .param("reason-" + vehicle.id(), "Vehicle crime high " + tag))
                .andReturn()
                .getResponse();
        assertThat(agreed.getStatus()).isEqualTo(302);

        // The next refresh (2027-28) was started as a draft: Rural Crime kept, Fraud added, Vehicle Crime (a
        // monitored theme) kept as a priority now, Anti-Social Behaviour dropped from the agreed list but left in.
        var change =
                assessments.planChange(assessments.get(partnership.id(), 2043)).orElseThrow();
        assertThat(change.refreshStarted()).isTrue();
        assertThat(change.version()).isEqualTo("2027-28 refresh");
        assertThat(change.added()).containsExactly("Fraud");
        assertThat(change.kept()).containsExactlyInAnyOrder("Rural Crime", "Vehicle Crime");
        assertThat(change.dropped()).containsExactly("Anti-Social Behaviour");
        var draft = plan.themes(partnership.id(), change.versionId());
        assertThat(draft)
                .filteredOn(t -> "PRIORITY".equals(t.kind()))
                .extracting(PlanLookup.ThemeRef::title)
                .containsExactlyInAnyOrder("Anti-Social Behaviour", "Rural Crime", "Vehicle Crime", "Fraud");

        // Frozen: the service refuses changes and the page offers none.
        assertThatThrownBy(() -> assessments.addTheme(partnership.id(), 2043, "Late theme", "", List.of()))
                .isInstanceOf(AssessmentRuleException.class)
                .hasMessageContaining("frozen");
        var late = mvc.perform(
                        post(base + "/objectives").with(csrf()).with(analyst).param("objective", "Late"))
                .andReturn()
                .getResponse();
        assertThat(late.getStatus()).isEqualTo(409);
        var page = Pages.html(mvc.perform(get(base).with(analyst)).andReturn());
        assertThat(page.select("a[href$='/themes/new']")).isEmpty();
        assertThat(mvc.perform(get(base + "/themes/new").with(analyst))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo(base);
        assertThat(page.text()).contains("Agreed", "Rural concern " + tag, "Added: Fraud");

        // The stored report: method, evidence, matrix, ranking, decision and caveats, in HTML and in the PDF.
        var html = mvc.perform(get(base + "/report").with(analyst))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains(
                        "<html lang=\"en\"",
                        "Method",
                        "Dimensions, weights and rules",
                        "Ranking",
                        "Evidence per theme",
                        "Scam reports doubled " + tag,
                        "Decision",
                        "Rural concern " + tag,
                        "Fight rural crime " + tag,
                        "Caveats",
                        "<svg");
        var pdf =
                mvc.perform(get(base + "/report.pdf").with(analyst)).andReturn().getResponse();
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        try (var document = Loader.loadPDF(pdf.getContentAsByteArray())) {
            var text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains(
                            "Strategic Assessment 2043", "Method", "Scam reports doubled", "Rural concern", "Caveats");
        }
        // The report does not change after agreement, even when new evidence is recorded elsewhere.
        assertThat(mvc.perform(get(base + "/report").with(analyst))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .isEqualTo(html);

        // Continuous assessment: a re-run is stored and compared with the last agreed assessment.
        var run = mvc.perform(post(base + "/runs").with(csrf()).with(analyst))
                .andReturn()
                .getResponse();
        assertThat(run.getStatus()).isEqualTo(302);
        var runs = Pages.html(mvc.perform(get(base + "/runs").with(analyst)).andReturn());
        assertThat(runs.select("table").first().select("tbody tr")).hasSize(1);
        assertThat(runs.text()).contains("What changed since the last agreed assessment");

        // Year on year: next year's assessment compared with this one.
        var next = create(2044);
        var nextFraud = assessments.themes(next).stream()
                .filter(t -> t.title().equals("Fraud"))
                .findFirst();
        assertThat(nextFraud)
                .as("the draft refresh is not the current plan, so Fraud is not a default")
                .isEmpty();
        var nextRural = assessments.themes(next).stream()
                .filter(t -> t.title().equals("Rural Crime"))
                .findFirst()
                .orElseThrow();
        assessments.score(partnership.id(), slug, 2044, nextRural.id(), "concern", "5", "Survey " + tag);
        var comparison = Assessments.compare("2043", ranking(assessment), "2044", ranking(next));
        var ruralChange = comparison.changes().stream()
                .filter(c -> c.title().equals("Rural Crime"))
                .findFirst()
                .orElseThrow();
        assertThat(ruralChange.scoreChanges()).contains("Public concern unscored → 5");
        assertThat(comparison.changes())
                .filteredOn(c -> c.title().equals("Fraud"))
                .extracting(c -> c.move())
                .containsExactly("no longer assessed");
        var compare = Pages.html(mvc.perform(get("/partnerships/" + slug + "/assessment/2044/compare")
                        .with(analyst))
                .andReturn());
        assertThat(compare.text()).contains("Rural Crime", "Public concern unscored → 5");
    }

    @Test
    void theDemoAssessmentAnswersWhyEachPlanPriorityIsOne() throws Exception {
        long dorset = partnerships.findBySlug("dorset").orElseThrow().id();
        var assessment = assessments.get(dorset, 2021);
        assertThat(assessment.agreed()).isTrue();
        var ranking = assessments.ranking(dorset, "dorset", assessment);
        assertThat(ranking.themes())
                .filteredOn(Ranking.Row::agreed)
                .extracting(Ranking.Row::title)
                .containsExactlyInAnyOrder(
                        "Modern Slavery and Human Trafficking",
                        "County Lines",
                        "Serious Sexual Offences",
                        "Domestic Abuse",
                        "Rural Crime",
                        "Fraud",
                        "Public Place Violence",
                        "Anti-Social Behaviour (ASB)");
        assertThat(ranking.themes())
                .filteredOn(r -> r.title().equals("Hate Crime"))
                .extracting(Ranking.Row::agreed)
                .containsExactly(false);
        assertThat(ranking.themes())
                .filteredOn(Ranking.Row::agreed)
                .allSatisfy(r -> assertThat(r.decisionReason()).isNotBlank());
        // Real crime figures behind the volume of the themes police.uk records.
        var asb = row(ranking, "Anti-Social Behaviour (ASB)");
        assertThat(asb.score("volume").suggested()).isNotNull();
        assertThat(asb.evidence()).anyMatch(e -> e.text().contains("per 1,000 residents"));
        // Partner evidence: Defra's fly-tipping incidents (real) give Rural Crime its suggested trend.
        var rural = row(ranking, "Rural Crime");
        assertThat(rural.evidence())
                .anyMatch(e -> e.kind().equals(PartnerEvidence.KIND) && e.text().startsWith("Fly-tipping incidents: "));
        assertThat(rural.score("trend").suggested()).isNotNull();
        assertThat(rural.score("trend").reason()).isNull();
        assertThat(rural.score("trend").basis()).contains("Fly-tipping incidents", "exact test p =");
        // Survey concerns linked to plan themes ("you said, we did") suggest public concern; the analyst's score
        // stands beside the suggestion with its reason.
        assertThat(asb.score("concern").suggested()).isNotNull();
        assertThat(asb.score("concern").basis()).contains("of respondents named anti-social behaviour");
        assertThat(asb.score("concern").reason()).contains("People Panel");
        assertThat(asb.evidence()).anyMatch(e -> e.kind().equals(SurveyConcerns.KIND));
        var change = assessments.planChange(assessment).orElseThrow();
        assertThat(change.version()).isEqualTo("2021-22 refresh");
        assertThat(change.kept()).hasSize(8);
        assertThat(change.added()).isEmpty();
        // "Why is this a priority?" by the priority's title, as a plan page can ask.
        var why = mvc.perform(get("/partnerships/dorset/assessment/why")
                        .param("priority", "fraud")
                        .with(as(accounts, "officer")))
                .andReturn()
                .getResponse();
        assertThat(why.getRedirectedUrl())
                .isEqualTo("/partnerships/dorset/assessment/2021/themes/"
                        + row(ranking, "Fraud").themeId());
        var theme = Pages.html(mvc.perform(get(why.getRedirectedUrl()).with(as(accounts, "officer")))
                .andReturn());
        assertThat(theme.text()).contains("Agreed priority", "rising scams against vulnerable people");
        var notAgreed = mvc.perform(get("/partnerships/dorset/assessment/why")
                        .param("priority", "Hate Crime")
                        .with(as(accounts, "officer")))
                .andReturn()
                .getResponse();
        assertThat(notAgreed.getRedirectedUrl()).isEqualTo("/partnerships/dorset/assessment?why=Hate%20Crime");
        assertThat(Pages.html(mvc.perform(get(java.net.URI.create(notAgreed.getRedirectedUrl()))
                                        .with(as(accounts, "officer")))
                                .andReturn())
                        .select(".govuk-inset-text")
                        .text())
                .contains("No agreed strategic assessment gives the reasons for “Hate Crime”");
        // Every priority on the plan's page asks the question.
        var current = plan.currentVersion(dorset).orElseThrow();
        assertThat(current.label()).isEqualTo("2021-22 refresh");
        var planPage = Pages.html(mvc.perform(get("/partnerships/dorset/plan/versions/" + current.id())
                        .with(as(accounts, "officer")))
                .andReturn());
        assertThat(planPage.select("a:containsOwn(Why is this a priority?)").eachAttr("href"))
                .hasSize(8)
                .contains("/partnerships/dorset/assessment/why?priority=Fraud");
    }

    @Test
    void theApiGivesTheRankingWithScoresAndEvidence() throws Exception {
        long dorset = partnerships.findBySlug("dorset").orElseThrow().id();
        var id = assessments.get(dorset, 2021).id();
        var list = mvc.perform(
                        get("/api/v1/partnerships/dorset/assessments").with(httpBasic("analyst", "saferplan-demo")))
                .andReturn()
                .getResponse();
        assertThat(list.getStatus()).isEqualTo(200);
        assertThat(list.getContentAsString()).contains("\"title\":\"Strategic Assessment 2021\"", "\"id\":" + id);
        var one = mvc.perform(get("/api/v1/partnerships/dorset/assessments/" + id)
                        .with(httpBasic("analyst", "saferplan-demo")))
                .andReturn()
                .getResponse();
        assertThat(one.getStatus()).isEqualTo(200);
        assertThat(one.getContentAsString())
                .contains("\"ranking\"", "\"scores\"", "\"evidence\"", "\"basis\"", "County Lines", "\"kept\"");
        var other = mvc.perform(get("/api/v1/partnerships/wiltshire/assessments/" + id)
                        .with(httpBasic("wiltshire-coordinator", "saferplan-demo")))
                .andReturn()
                .getResponse();
        assertThat(other.getStatus()).isEqualTo(404);
    }

    @Test
    void wiltshireCannotSeeDorsetsAssessment() throws Exception {
        var page = mvc.perform(get("/partnerships/dorset/assessment/2021").with(as(accounts, "wiltshire-coordinator")))
                .andReturn()
                .getResponse();
        assertThat(page.getStatus()).isEqualTo(403);
        var api = mvc.perform(get("/api/v1/partnerships/dorset/assessments")
                        .with(httpBasic("wiltshire-coordinator", "saferplan-demo")))
                .andReturn()
                .getResponse();
        assertThat(api.getStatus()).isEqualTo(403);
    }

    @Test
    void badEvidenceAndWeightsAreRefusedWithTheField() {
        create(2045);
        var theme = assessments.themes(assessments.get(partnership.id(), 2045)).get(0);
        assertThatThrownBy(() ->
                        assessments.addEvidence(partnership.id(), 2045, theme.id(), "", "", "31/03/2021", "ftp://x"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInputException.Problem::field)
                                .containsExactly("evidenceText", "evidenceSource", "evidenceDate", "evidenceLink"));
        assertThatThrownBy(() -> assessments.setWeights(partnership.id(), 2045, Map.of("weight-volume", "11")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInputException.Problem::field)
                                .contains("weight-volume", "weight-trend"));
        long dorset = partnerships.findBySlug("dorset").orElseThrow().id();
        var dorsetDataset = assessments.datasets(dorset).keySet().iterator().next();
        assertThatThrownBy(() -> assessments.setDatasets(
                        partnership.id(), 2045, theme.id(), List.of(String.valueOf(dorsetDataset))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Choose datasets from the partnership's evidence");
        assessments.setWeights(
                partnership.id(),
                2045,
                Map.of(
                        "weight-volume",
                        "2",
                        "weight-trend",
                        "1",
                        "weight-harm",
                        "1.5",
                        "weight-concern",
                        "1",
                        "weight-vulnerability",
                        "0"));
        var assessment = assessments.get(partnership.id(), 2045);
        assertThat(assessments.dimensions(assessment))
                .extracting(d -> d.weight().stripTrailingZeros().toPlainString())
                .containsExactly("2", "1", "1.5", "1", "0");
    }

    @Test
    void theMorileTemplateMultipliesHarmByLikelihoodAndRecordsTheRest() {
        var assessment = assessments.create(partnership.id(), "2046", "MORILE");
        assertThat(assessments.dimensions(assessment))
                .extracting(Dimension::key)
                .containsExactly(
                        "physical", "psychological", "financial", "community", "likelihood", "position", "confidence");
        var rural = assessments.themes(assessment).stream()
                .filter(t -> t.title().equals("Rural Crime"))
                .findFirst()
                .orElseThrow();
        for (var score : List.of(
                "physical:3",
                "psychological:2",
                "financial:1",
                "community:2",
                "likelihood:4",
                "position:5",
                "confidence:2")) {
            var parts = score.split(":");
            assessments.score(partnership.id(), slug, 2046, rural.id(), parts[0], parts[1], "Set in a test");
        }
        long started = System.nanoTime();
        var ranking = ranking(assessment);
        System.out.printf(
                "Live ranking of %d themes: %d ms%n",
                ranking.themes().size(), (System.nanoTime() - started) / 1_000_000);
        var row = row(ranking, "Rural Crime");
        // (3 + 2 + 1 + 2) x 4; organisational position and confidence are recorded, not counted.
        assertThat(row.total()).isEqualTo(32.0);
        assertThat(row.complete()).isTrue();
        assertThat(row.rank()).isEqualTo(1);
        assertThat(ranking.method()).contains("SaferPlan's simplification of MoRiLE");
    }
}
