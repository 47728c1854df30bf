package org.saferplan.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.saferplan.security.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.saferplan.IntegrationTest;
import org.saferplan.Pages;
import org.saferplan.governance.Partnerships;
import org.saferplan.plan.PlanDocuments;
import org.saferplan.security.UserAccounts;
import org.saferplan.statistics.WeightedProportion;
import org.saferplan.surveys.web.Forms.FindingForm;
import org.saferplan.surveys.web.Forms.LinkForm;
import org.saferplan.surveys.web.Forms.QuestionForm;
import org.saferplan.surveys.web.Forms.ResultForm;
import org.saferplan.surveys.web.Forms.SurveyForm;
import org.saferplan.surveys.web.Forms.WaveForm;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

@IntegrationTest
class SurveyTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Partnerships partnerships;

    @Autowired
    Surveys surveys;

    @Autowired
    SurveyRepository repository;

    @Autowired
    SurveyReports reports;

    @Autowired
    SurveyEvidence evidence;

    @Autowired
    YouSaidWeDid youSaidWeDid;

    @Autowired
    PlanDocuments planDocuments;

    @Autowired
    ObjectMapper json;

    private long dorset() {
        return partnerships.findBySlug("dorset").orElseThrow().id();
    }

    private Records.Survey demo(String name) {
        return repository.surveys(dorset()).stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private Document page(String user, String path, int status) throws Exception {
        var result = mvc.perform(get(path).with(as(accounts, user))).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(status);
        return Pages.html(result);
    }

    /** A survey with one single-choice question, a result over it and one wave, ready for a respondent file. */
    private record Fixture(Records.Survey survey, Records.Wave wave, long resultId) {}

    private Fixture fixture() {
        var survey = surveys.create(
                dorset(), new SurveyForm("Test survey " + System.nanoTime(), "no", "Test council", "", "", ""));
        surveys.addQuestion(
                dorset(),
                survey.id(),
                new QuestionForm(
                        "after_dark",
                        "How safe do you feel after dark?",
                        "SINGLE",
                        "Very safe\nFairly safe\nFairly unsafe\nVery unsafe",
                        "Don't know"));
        surveys.addQuestion(
                dorset(),
                survey.id(),
                new QuestionForm("issues", "Which issues concern you?", "MULTIPLE", "Speeding\nLitter\nBurglary", ""));
        long result = surveys.addResult(
                dorset(),
                survey.id(),
                new ResultForm(
                        "Feeling safe after dark",
                        String.valueOf(repository.questions(survey.id()).get(0).id()),
                        "Very safe\nFairly safe",
                        "higher"));
        var wave = surveys.addWave(
                dorset(), survey.id(), new WaveForm("Spring", "2022-05-01", "", "", "Online", "0"), false);
        return new Fixture(survey, wave, result);
    }

    private String importPath(Fixture f) {
        return Views.surveyHref("dorset", f.survey().id()) + "/waves/"
                + f.wave().id() + "/respondents";
    }

    private org.springframework.test.web.servlet.MvcResult upload(Fixture f, String name, byte[] bytes, String user)
            throws Exception {
        return mvc.perform(multipart(importPath(f))
                        .file(new MockMultipartFile("file", name, "text/csv", bytes))
                        .with(csrf())
                        .with(as(accounts, user)))
                .andReturn();
    }

    @Test
    void demoHasTheResidentsSurveyWithWilsonIntervalsOfMethodsWorkedExample() throws Exception {
        var survey = demo("Dorset Council residents' survey");
        var report = reports.report(survey);
        var unsafe = report.results().stream()
                .filter(r -> r.result().name().equals("Feeling fairly or very unsafe outside after dark"))
                .findFirst()
                .orElseThrow();
        var autumn2020 = unsafe.estimates().get(0);
        assertThat(autumn2020.wave().label()).isEqualTo("Autumn 2020");
        assertThat(autumn2020.wave().sampleSize()).isEqualTo(2619);
        assertThat(autumn2020.estimate().proportion()).isEqualTo(0.10);
        assertThat(autumn2020.estimate().interval().lower()).isCloseTo(0.0891, within(0.00005));
        assertThat(autumn2020.estimate().interval().upper()).isCloseTo(0.1121, within(0.00005));
        var html = page("officer", Views.surveyHref("dorset", survey.id()), 200);
        var text = html.text();
        assertThat(text).contains("10.0%", "8.9% to 11.2%", "76.0%", "96.0%", "2,619");
        // The illustrative autumn 2021 wave is respondent-level and weighted, and the page says how each changed.
        assertThat(text)
                .contains(
                        "Autumn 2021 (illustrative)",
                        "Illustrative",
                        "design effect",
                        "From Autumn 2020 to Autumn 2021 (illustrative)");
        assertThat(unsafe.changes()).hasSize(1);
        assertThat(unsafe.changes().get(0).change().verdict())
                .isIn("a significant rise", "no significant change", "a significant fall");
        assertThat(text).contains("Don't know and no answer are left out");
        assertThat(unsafe.estimates().get(1).estimate().weighted()).isTrue();
        assertThat(unsafe.estimates().get(1).estimate().designEffect()).isGreaterThan(1.0);
    }

    @Test
    void demoHasThePeoplePanelAndTheRuralCrimeSurveysTenFindingsWordForWord() throws Exception {
        var panel = reports.report(demo("Dorset Council People Panel"));
        assertThat(panel.results())
                .extracting(r -> Math.round(r.latest().orElseThrow().estimate().proportion() * 100))
                .containsExactly(7L, 24L);
        assertThat(panel.results().get(0).latest().orElseThrow().estimate().n()).isEqualTo(151.0);
        assertThat(panel.findings())
                .extracting(Records.Finding::text)
                .contains(
                        "The two community safety categories of highest concern were anti-social behaviour and drug dealing.");
        var rural = demo("National Rural Crime Survey");
        assertThat(rural.external()).isTrue();
        var report = reports.report(rural);
        assertThat(report.waves())
                .singleElement()
                .satisfies(w -> assertThat(w.sampleSize()).isEqualTo(654));
        assertThat(report.findings()).hasSize(10);
        assertThat(report.findings().get(0).text())
                .isEqualTo("That the perception of policing in rural communities is poor, and much worse than in urban"
                        + " areas");
        assertThat(report.findings().get(9).text()).startsWith("Ultimately, rural communities are not understood");
        var items = evidence.items(dorset());
        assertThat(items.stream().filter(i -> i.kind() == SurveyEvidence.Kind.FINDING && i.surveyId() == rural.id()))
                .hasSize(10)
                .allSatisfy(i -> assertThat(i.citation()).contains("National Rural Crime Network", "654 responses"));
        assertThat(items.stream().filter(i -> i.kind() == SurveyEvidence.Kind.RESULT && i.percent() == 10.0))
                .singleElement()
                .satisfies(i -> assertThat(i.lower()).isCloseTo(8.91, within(0.01)));
        assertThat(items).anyMatch(i -> i.kind() == SurveyEvidence.Kind.CONCERN && i.rank() == 1);
    }

    @Test
    void youSaidWeDidLinksConcernsToThePublishedPlan() throws Exception {
        var answers = youSaidWeDid.published(dorset()).orElseThrow();
        assertThat(answers.planVersion()).contains("2021-22 refresh");
        assertThat(answers.concerns()).anySatisfy(c -> {
            assertThat(c.said()).isEqualTo("Anti-social behaviour");
            assertThat(c.share()).contains("95% interval");
            assertThat(c.answeredBy())
                    .extracting(YouSaidWeDid.PlanItem::title)
                    .contains("Anti-Social Behaviour (ASB)", "Support vulnerable and repeat victims of ASB");
        });
        var html = page("officer", "/partnerships/dorset/surveys", 200);
        assertThat(html.select("#you-said-we-did").text()).isEqualTo("You said, we did");
        assertThat(html.text()).contains("Priority: Rural Crime", "drug dealing");
    }

    @Test
    void aDraftPlanNeverAppearsInThePublishedAnswer() {
        var partnership =
                partnerships.create("Draft CSP " + System.nanoTime(), "draft-" + System.nanoTime(), "E06000054");
        planDocuments.load(partnership.id(), """
                plan: Test plan 2022-2025
                years: 2022-2025
                version: 2022-23
                financial-year: 2022-23
                status: DRAFT

                == theme PRIORITY Speeding
                """);
        var survey = surveys.create(partnership.id(), new SurveyForm("Draft test survey", "no", "Council", "", "", ""));
        var wave = surveys.addWave(
                partnership.id(), survey.id(), new WaveForm("2022", "2022-06-01", "", "", "", "100"), false);
        long finding = surveys.addFinding(
                partnership.id(),
                survey.id(),
                new FindingForm(String.valueOf(wave.id()), "Speeding worries most people"));
        var current = youSaidWeDid.current(partnership.id()).orElseThrow();
        assertThat(current.concerns()).isEmpty();
        surveys.link(
                partnership.id(),
                survey.id(),
                new LinkForm("finding-" + finding, planValue(partnership.id())),
                value -> true);
        assertThat(youSaidWeDid.current(partnership.id()).orElseThrow().concerns())
                .singleElement()
                .satisfies(c -> assertThat(c.answeredBy())
                        .extracting(YouSaidWeDid.PlanItem::title)
                        .containsExactly("Speeding"));
        assertThat(youSaidWeDid.published(partnership.id())).isEmpty();
    }

    @Autowired
    PlanItems planItems;

    private String planValue(long partnershipId) {
        return planItems.current(partnershipId).orElseThrow().items().get(0).value();
    }

    @Test
    void importRefusesEveryKindOfBadFileAndStoresNothing() throws Exception {
        var f = fixture();
        var cases = List.of(
                List.of("bad-header.csv", "after_dark,mood\nVery safe,happy\n", "column 2: “mood” is not a question"),
                List.of(
                        "unknown.csv",
                        "after_dark,issues\nVery safe,Speeding\nQuite safe,Litter\n",
                        "Row 3, column after_dark: “Quite safe” is not a category of this question"),
                List.of(
                        "weight.csv",
                        "after_dark,weight\nVery safe,1.2\nFairly safe,-3\n",
                        "Row 3, column weight: “-3” is not a weight"),
                List.of(
                        "columns.csv",
                        "after_dark,issues\nVery safe,Speeding\nFairly safe,Litter,extra\n",
                        "Row 3 has 3 columns; the header has 2"),
                List.of("empty.csv", "", "is empty"),
                List.of("header-only.csv", "after_dark,issues\n", "has a header but no respondents"),
                List.of(
                        "area.csv",
                        "after_dark,area_code\nVery safe,Dorset\n",
                        "Row 2, column area_code: “Dorset” is not a GSS area code"));
        for (var c : cases) {
            var result = upload(f, c.get(0), c.get(1).getBytes(StandardCharsets.UTF_8), "analyst");
            assertThat(result.getResponse().getStatus()).as(c.get(0)).isEqualTo(400);
            var html = Pages.html(result);
            assertThat(html.title()).startsWith("Error: ");
            assertThat(html.select(".govuk-error-summary").text()).as(c.get(0)).contains(c.get(2));
        }
        var latin1 = "after_dark\nTr\u00e8s safe\n".getBytes(StandardCharsets.ISO_8859_1);
        var result = upload(f, "latin1.csv", latin1, "analyst");
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(Pages.html(result).select(".govuk-error-summary").text()).contains("is not UTF-8 text");
        // A good file then a bad one: the bad one leaves the good one's respondents as they were.
        assertThat(upload(
                                f,
                                "good.csv",
                                "after_dark\nVery safe\nFairly unsafe\n".getBytes(StandardCharsets.UTF_8),
                                "analyst")
                        .getResponse()
                        .getStatus())
                .isEqualTo(302);
        assertThat(upload(
                                f,
                                "bad.csv",
                                "after_dark\nVery safe\nNope\nVery safe\n".getBytes(StandardCharsets.UTF_8),
                                "analyst")
                        .getResponse()
                        .getStatus())
                .isEqualTo(400);
        assertThat(repository.respondents(f.wave().id())).hasSize(2);
        assertThat(repository.waves(f.survey().id()).get(0).sampleSize()).isEqualTo(2);
    }

    @Test
    void importsWeightedRespondentsAndWorksOutTheWeightedEstimate() throws Exception {
        var f = fixture();
        var csv = "after_dark,issues,weight,age_band\n" + "Very safe,Speeding;Litter,2,16-34\n"
                + "Fairly safe,Speeding,2,16-34\n" + "Very unsafe,,1,35-54\n" + "Fairly unsafe,Burglary,1,35-54\n"
                + "Don't know,Speeding,1,35-54\n" + ",Litter,1,35-54\n";
        assertThat(upload(f, "weighted.csv", csv.getBytes(StandardCharsets.UTF_8), "analyst")
                        .getResponse()
                        .getStatus())
                .isEqualTo(302);
        var report = reports.report(
                repository.survey(dorset(), f.survey().id(), false).orElseThrow());
        var estimate = report.results().get(0).latest().orElseThrow().estimate();
        // Valid answers: the first four rows (don't know and the empty answer leave the base).
        var expected = WeightedProportion.of(new double[] {2, 2, 1, 1}, new boolean[] {true, true, false, false});
        assertThat(estimate.proportion()).isCloseTo(4.0 / 6, within(1e-9));
        assertThat(estimate.designEffect()).isCloseTo(expected.designEffect(), within(1e-9));
        assertThat(estimate.effectiveN()).isCloseTo(3.6, within(1e-9));
        assertThat(estimate.excluded()).isEqualTo("Don't know: 1; no answer: 1");
        // Concerns: 5 of 6 answered the multiple-choice question (weights 2, 2, 1, 1, 1); Speeding was chosen by
        // weights 2 + 2 + 1 of 7, so 5/7, and ranks first.
        var concerns = report.concerns().get(0).ranked();
        assertThat(concerns.get(0).category().label()).isEqualTo("Speeding");
        assertThat(concerns.get(0).estimate().proportion()).isCloseTo(5.0 / 7, within(1e-9));
        assertThat(concerns.get(0).estimate().n()).isEqualTo(5.0);
    }

    @Test
    void importsAnXlsxWorkbookLikeACsvFile() throws Exception {
        var f = fixture();
        var out = new ByteArrayOutputStream();
        try (var workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("Respondents");
            String[][] rows = {
                {"after_dark", "weight"}, {"Very safe", "1.5"}, {"Fairly unsafe", "0.5"}, {"Fairly safe", "1"}
            };
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (r > 0 && c == 1) {
                        row.createCell(c).setCellValue(Double.parseDouble(rows[r][c]));
                    } else {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            workbook.write(out);
        }
        assertThat(upload(f, "respondents.xlsx", out.toByteArray(), "analyst")
                        .getResponse()
                        .getStatus())
                .isEqualTo(302);
        var respondents = repository.respondents(f.wave().id());
        assertThat(respondents).extracting(Records.Respondent::weight).containsExactly(1.5, 0.5, 1.0);
        var broken = upload(f, "broken.xlsx", new byte[] {'P', 'K', 3, 4, 1, 2, 3}, "analyst");
        assertThat(broken.getResponse().getStatus()).isEqualTo(400);
        assertThat(Pages.html(broken).select(".govuk-error-summary").text()).contains("could not be read as an Excel");
        assertThat(repository.respondents(f.wave().id())).hasSize(3);
    }

    @Test
    void breakdownsHideGroupsWithFewerThanTenRespondents() throws Exception {
        var f = fixture();
        var csv = new StringBuilder("after_dark,area_code,sex\n");
        for (int i = 0; i < 12; i++) {
            csv.append(i < 8 ? "Very safe" : "Very unsafe").append(",E05012685,Female\n");
        }
        for (int i = 0; i < 9; i++) {
            csv.append("Fairly safe,E05012683,Male\n");
        }
        assertThat(upload(f, "areas.csv", csv.toString().getBytes(StandardCharsets.UTF_8), "analyst")
                        .getResponse()
                        .getStatus())
                .isEqualTo(302);
        var report = reports.report(
                repository.survey(dorset(), f.survey().id(), false).orElseThrow());
        var byArea = report.results().get(0).breakdowns().get(0);
        assertThat(byArea.by()).isEqualTo("Area");
        assertThat(byArea.cells()).extracting(Estimates.Cell::group).containsExactly("E05012683", "E05012685");
        assertThat(byArea.cells().get(0).hidden()).isTrue();
        assertThat(byArea.cells().get(1).hidden()).isFalse();
        assertThat(byArea.cells().get(1).estimate().proportion()).isCloseTo(8.0 / 12, within(1e-9));
        var html = page("analyst", Views.surveyHref("dorset", f.survey().id()), 200);
        assertThat(html.text())
                .contains("Hidden: fewer than 10 respondents")
                .doesNotContain("100.0%")
                .contains("Blandford (E05012685)");
        var api = json.readTree(mvc.perform(
                        get("/api/v1/partnerships/dorset/surveys/" + f.survey().id() + "/results")
                                .with(httpBasic("analyst", "saferplan-demo")))
                .andReturn()
                .getResponse()
                .getContentAsString());
        JsonNode cells = api.at("/results/0/breakdowns/0/cells");
        assertThat(cells.get(0).get("hidden").asBoolean()).isTrue();
        assertThat(cells.get(0).get("percent").isNull()).isTrue();
    }

    @Test
    void anAnalystBuildsASurveyThroughThePagesAndSeesTheChangeBetweenWaves() throws Exception {
        var analyst = as(accounts, "analyst");
        var name = "Pages survey " + System.nanoTime();
        var created = mvc.perform(post("/partnerships/dorset/surveys/new")
                        .param("name", name)
                        .param("external", "no")
                        .param("source", "Dorset Council")
                        .with(csrf())
                        .with(analyst))
                .andReturn();
        assertThat(created.getResponse().getStatus()).isEqualTo(302);
        var href = created.getResponse().getRedirectedUrl().replaceAll("\\?.*", "");
        mvc.perform(post(href + "/questions/new")
                        .param("code", "safe")
                        .param("text", "Do you feel safe?")
                        .param("kind", "YES_NO")
                        .param("categories", "")
                        .param("excluded", "Not sure")
                        .with(csrf())
                        .with(analyst))
                .andReturn();
        var question = repository.surveys(dorset()).stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .map(s -> repository.questions(s.id()).get(0))
                .orElseThrow();
        mvc.perform(post(href + "/results/new")
                        .param("name", "Feeling safe")
                        .param("questionId", String.valueOf(question.id()))
                        .param("categories", "Yes")
                        .param("better", "higher")
                        .with(csrf())
                        .with(analyst))
                .andReturn();
        var first = mvc.perform(post(href + "/waves/new")
                        .param("label", "2021")
                        .param("publishedOn", "2021-06-01")
                        .param("sampleSize", "1000")
                        .with(csrf())
                        .with(analyst))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        var second = mvc.perform(post(href + "/waves/new")
                        .param("label", "2022")
                        .param("publishedOn", "2022-06-01")
                        .param("sampleSize", "0")
                        .with(csrf())
                        .with(analyst))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        var yes = question.categories().get(0);
        var summary = mvc.perform(post(first.replaceAll("\\?.*", "") + "/summary/" + question.id())
                        .param("base", "1000")
                        .param("count-" + yes.id(), "800")
                        .param("percent-" + yes.id(), "80")
                        .with(csrf())
                        .with(analyst))
                .andReturn();
        assertThat(summary.getResponse().getStatus()).isEqualTo(302);
        var csv = new StringBuilder("safe\n");
        for (int i = 0; i < 1000; i++) {
            csv.append(i < 700 ? "Yes" : i < 990 ? "No" : "Not sure").append('\n');
        }
        var waveId = Long.parseLong(second.replaceAll(".*/waves/(\\d+).*", "$1"));
        var imported = mvc.perform(multipart(href + "/waves/" + waveId + "/respondents")
                        .file(new MockMultipartFile(
                                "file", "wave2.csv", "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8)))
                        .with(csrf())
                        .with(analyst))
                .andReturn();
        assertThat(imported.getResponse().getStatus()).isEqualTo(302);
        var text = page("analyst", href, 200).text();
        // 80.0% of 1,000 then 700 of 990 valid = 70.7%: z = −4.82, a significant fall.
        assertThat(text)
                .contains(
                        "80.0%",
                        "70.7%",
                        "From 2021 to 2022: 80.0% to 70.7%, a significant fall",
                        "Not sure and no answer are left out");
        var download = mvc.perform(get(href + "/results.csv").with(analyst))
                .andReturn()
                .getResponse();
        assertThat(download.getContentAsString())
                .contains("result,Feeling safe,Do you feel safe?,2022,false,70.707")
                .contains("a significant fall");
    }

    @Test
    void partnershipsCannotSeeEachOthersSurveys() throws Exception {
        var survey = demo("Dorset Council residents' survey");
        page("wiltshire-coordinator", "/partnerships/dorset/surveys", 403);
        page("wiltshire-coordinator", Views.surveyHref("dorset", survey.id()), 403);
        page("wiltshire-coordinator", "/partnerships/wiltshire/surveys/" + survey.id(), 404);
        page("wiltshire-coordinator", "/partnerships/wiltshire/surveys", 200);
        assertThat(mvc.perform(get("/api/v1/partnerships/dorset/surveys")
                                .with(httpBasic("wiltshire-coordinator", "saferplan-demo")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(post("/partnerships/dorset/surveys/new")
                                .param("name", "Officer's survey")
                                .with(csrf())
                                .with(as(accounts, "officer")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void aResultIsTheSourceOfAPerformanceIndicator() throws Exception {
        var analyst = as(accounts, "analyst");
        var indicatorName = "Feeling safe after dark (survey) " + System.nanoTime();
        var created = mvc.perform(post("/partnerships/dorset/performance/indicators/new")
                        .param("name", indicatorName)
                        .param("unit", "PERCENTAGE")
                        .param("unitLabel", "")
                        .param("source", "SURVEY_RESULT")
                        .param("numerator", "")
                        .param("denominator", "")
                        .param("improvement", "INCREASE")
                        .param("target", "")
                        .param("frequency", "YEAR")
                        .param("description", "")
                        .with(csrf())
                        .with(analyst))
                .andReturn();
        var indicatorHref = created.getResponse().getRedirectedUrl().replaceAll("\\?.*", "");
        var indicatorId = indicatorHref.substring(indicatorHref.lastIndexOf('/') + 1);
        var survey = demo("Dorset Council residents' survey");
        var result = repository.results(survey.id()).get(0);
        assertThat(page("analyst", indicatorHref, 200).select("option").eachAttr("value"))
                .contains("survey-result:" + result.id());
        var connected = mvc.perform(post(indicatorHref + "/feed")
                        .param("feed", "survey-result:" + result.id())
                        .with(csrf())
                        .with(analyst))
                .andReturn();
        assertThat(connected.getResponse().getStatus()).isEqualTo(302);
        var api = json.readTree(mvc.perform(get("/api/v1/partnerships/dorset/indicators/" + indicatorId)
                        .with(httpBasic("analyst", "saferplan-demo")))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(api.at("/values/0/period").asString()).isEqualTo("2020-21");
        assertThat(api.at("/values/0/value").asDouble()).isEqualTo(76.0);
        assertThat(api.at("/values/0/note").asString()).contains("Autumn 2020: 95% interval 74.3% to 77.6%");
        assertThat(api.at("/values/1/period").asString()).isEqualTo("2021-22");
        assertThat(api.at("/values/1/note").asString()).contains("(illustrative)");
    }
}
