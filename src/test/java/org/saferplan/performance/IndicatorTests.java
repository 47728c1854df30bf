package org.saferplan.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.saferplan.security.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.saferplan.IntegrationTest;
import org.saferplan.Pages;
import org.saferplan.governance.Partnerships;
import org.saferplan.performance.web.IndicatorForm;
import org.saferplan.security.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

@IntegrationTest
class IndicatorTests {

    static final double[] SERIES = {52, 48, 55, 50, 47, 53, 49, 51, 70, 72, 69, 74, 71, 73, 75, 68};

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Partnerships partnerships;

    @Autowired
    Indicators indicators;

    @Autowired
    ObjectMapper json;

    private long dorset() {
        return partnerships.findBySlug("dorset").orElseThrow().id();
    }

    private Indicator monthly(long partnershipId) {
        return indicators.create(
                partnershipId,
                new IndicatorForm(
                        "Test incidents " + System.nanoTime(),
                        "COUNT",
                        "",
                        "PARTNER_DATASET",
                        "",
                        "",
                        "DECREASE",
                        "60",
                        "MONTH",
                        ""),
                false);
    }

    private static String csv(double[] values) {
        return IntStream.range(0, values.length)
                .mapToObj(i -> String.format("%d-%02d,%d", 2020 + (i + 3) / 12, (i + 3) % 12 + 1, (long) values[i]))
                .collect(Collectors.joining("\n"));
    }

    private Document page(String user, String path, int status) throws Exception {
        var result = mvc.perform(get(path).with(as(accounts, user))).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(status);
        return Pages.html(result);
    }

    @Test
    void uploadNamesEveryBadLineAndStoresNothing() throws Exception {
        var indicator = monthly(dorset());
        var result = mvc.perform(post(PerformanceViews.href("dorset", indicator.id()) + "/upload")
                        .param("csv", "period,value\n2021-04,10\n2021-Q2,5\n2021-05,many\n2021-04,7\n2021-06,1,2")
                        .with(csrf())
                        .with(as(accounts, "analyst")))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        var html = Pages.html(result);
        assertThat(html.title()).startsWith("Error: ");
        var summary = html.select(".govuk-error-summary__list").text();
        assertThat(summary)
                .contains("Line 3: expected a month written like 2021-04, but found \"2021-Q2\"")
                .contains("Line 4: expected a number")
                .contains("Line 5: period 2021-04 is already on line 2")
                .contains("Line 6: expected 2 columns");
        assertThat(indicators.values(indicator.id())).isEmpty();
    }

    @Test
    void reuploadReplacesValuesOfTheSamePeriods() {
        var indicator = monthly(dorset());
        indicators.upload(dorset(), indicator.id(), "2021-04,10\n2021-05,11");
        indicators.upload(dorset(), indicator.id(), "2021-05,20\n2021-06,12");
        assertThat(indicators.values(indicator.id()))
                .extracting(v -> v.period().text() + "=" + v.value().intValue())
                .containsExactly("2021-04=10", "2021-05=20", "2021-06=12");
    }

    @Test
    void valueFormRefusesAPeriodOfAnotherFrequencyAndANonNumber() throws Exception {
        var indicator = monthly(dorset());
        var result = mvc.perform(post(PerformanceViews.href("dorset", indicator.id()) + "/values")
                        .param("period", "2021-22")
                        .param("value", "ten")
                        .param("note", "")
                        .with(csrf())
                        .with(as(accounts, "coordinator")))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        var summary = Pages.html(result).select(".govuk-error-summary__list").text();
        assertThat(summary).contains("Enter a month written like 2021-04").contains("expected a number");
        assertThat(indicators.values(indicator.id())).isEmpty();
    }

    @Test
    void indicatorFormNamesMissingAndWrongFields() throws Exception {
        var result = mvc.perform(post("/partnerships/dorset/performance/indicators/new")
                        .param("name", "")
                        .param("unit", "RATE_PER_1000")
                        .param("source", "MANUAL")
                        .param("improvement", "DECREASE")
                        .param("frequency", "FORTNIGHT")
                        .param("target", "lots")
                        .with(csrf())
                        .with(as(accounts, "analyst")))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        var html = Pages.html(result);
        assertThat(html.title()).startsWith("Error: ");
        assertThat(html.select(".govuk-error-summary__list a").eachAttr("href"))
                .contains("#name", "#frequency", "#numerator", "#denominator", "#target");
    }

    @Test
    void pageShowsTheSameChartAsTheSpcApiAndARebaseChangesTheLimitsAfterIt() throws Exception {
        var indicator = monthly(dorset());
        indicators.upload(dorset(), indicator.id(), csv(SERIES));
        var href = PerformanceViews.href("dorset", indicator.id());

        var before = page("officer", href, 200);
        assertChartMatchesApi(before, List.of());
        var svg = before.selectFirst("svg[role=img]");
        assertThat(svg).isNotNull();
        assertThat(svg.select("title").first().text()).contains(indicator.name());
        assertThat(svg.select("circle[r=5]")).hasSize(SERIES.length + 3);
        assertThat(before.select("#spc-table tbody tr")).hasSize(SERIES.length);
        assertThat(before.select(".govuk-warning-text").text()).isEmpty();
        assertThat(before.select(
                        ".govuk-tag.app-mdc-concern, .govuk-tag.app-mdc-improvement," + " .govuk-tag.app-mdc-common"))
                .isNotEmpty();
        assertThat(before.text()).contains("The latest point, 2021-07,");

        mvc.perform(post(href + "/rebases")
                .param("period", "2020-12")
                .param("reason", "New recording rules")
                .with(csrf())
                .with(as(accounts, "analyst")));
        var after = page("officer", href, 200);
        assertChartMatchesApi(after, List.of(8));
        var rows = after.select("#spc-table tbody tr");
        var was = before.select("#spc-table tbody tr");
        assertThat(was.get(7).select("td").get(1).text())
                .isEqualTo(was.get(8).select("td").get(1).text());
        assertThat(rows.get(7).select("td").get(1).text())
                .isNotEqualTo(rows.get(8).select("td").get(1).text());
        assertThat(rows.get(8).select("td").get(3).text())
                .isNotEqualTo(was.get(8).select("td").get(3).text());
        assertThat(after.select(".govuk-warning-text").text()).contains("fewer than 12");
    }

    private void assertChartMatchesApi(Document html, List<Integer> rebase) throws Exception {
        var body = "{\"values\": " + java.util.Arrays.toString(SERIES) + ", \"improvement\": \"decrease\", "
                + "\"target\": 60, \"rebase\": " + rebase + "}";
        var response = mvc.perform(post("/api/v1/spc")
                        .with(httpBasic("analyst", "saferplan-demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andReturn()
                .getResponse();
        JsonNode api = json.readTree(response.getContentAsString());
        var rows = html.select("#spc-table tbody tr");
        assertThat(rows).hasSize(api.get("points").size());
        var expected = new ArrayList<String>();
        var shown = new ArrayList<String>();
        for (int i = 0; i < rows.size(); i++) {
            var point = api.get("points").get(i);
            var cells = rows.get(i).select("td");
            expected.add(PerformanceViews.number(point.get("mean").doubleValue()) + " "
                    + PerformanceViews.number(point.get("lpl").doubleValue()) + " "
                    + PerformanceViews.number(point.get("upl").doubleValue()) + " "
                    + PerformanceViews.type(org.saferplan.statistics.Spc.PointType.valueOf(
                            point.get("type").stringValue().toUpperCase())));
            shown.add(cells.get(1).text() + " " + cells.get(2).text() + " "
                    + cells.get(3).text() + " " + cells.get(4).text());
        }
        assertThat(shown).isEqualTo(expected);
    }

    @Test
    void indicatorApiGivesTheSpcInTheShapeOfTheSpcApi() throws Exception {
        var indicator = monthly(dorset());
        indicators.upload(dorset(), indicator.id(), csv(SERIES));
        var response = mvc.perform(get("/api/v1/partnerships/dorset/indicators/" + indicator.id())
                        .with(httpBasic("officer", "saferplan-demo")))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        var detail = json.readTree(response.getContentAsString());
        var spc = mvc.perform(post("/api/v1/spc")
                        .with(httpBasic("analyst", "saferplan-demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"values\": " + java.util.Arrays.toString(SERIES)
                                + ", \"improvement\": \"decrease\", \"target\": 60, \"rebase\": []}"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(detail.get("spc")).isEqualTo(json.readTree(spc));
        assertThat(detail.get("values")).hasSize(SERIES.length);
        var list = mvc.perform(
                        get("/api/v1/partnerships/dorset/indicators").with(httpBasic("officer", "saferplan-demo")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list).contains(indicator.name());
    }

    @Test
    void otherPartnershipsSeeNothingAndIdsFromAnotherPartnershipAreNotFound() throws Exception {
        var indicator = monthly(dorset());
        page("wiltshire-coordinator", PerformanceViews.href("dorset", indicator.id()), 403);
        page("wiltshire-coordinator", "/partnerships/dorset/performance", 403);
        var wiltshire = partnerships.findBySlug("wiltshire").orElseThrow().id();
        var theirs = monthly(wiltshire);
        page("analyst", PerformanceViews.href("dorset", theirs.id()), 404);
        assertThat(mvc.perform(get("/api/v1/partnerships/dorset/indicators/" + theirs.id())
                                .with(httpBasic("analyst", "saferplan-demo")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        var result = mvc.perform(post(PerformanceViews.href("dorset", theirs.id()) + "/upload")
                        .param("csv", "2021-04,1\n2021-05,2")
                        .with(csrf())
                        .with(as(accounts, "analyst")))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(404);
        assertThat(indicators.values(theirs.id())).isEmpty();
    }

    @Test
    void officersReadButDoNotChangeIndicators() throws Exception {
        var indicator = monthly(dorset());
        var html = page("officer", PerformanceViews.href("dorset", indicator.id()), 200);
        assertThat(html.select("form[action$=/upload]")).isEmpty();
        var result = mvc.perform(post(PerformanceViews.href("dorset", indicator.id()) + "/upload")
                        .param("csv", "2021-04,1\n2021-05,2")
                        .with(csrf())
                        .with(as(accounts, "officer")))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(403);
        assertThat(indicators.values(indicator.id())).isEmpty();
    }

    @Test
    void overviewListsIndicatorsAndMeasuresWithAChartlessIndicatorToo() throws Exception {
        var indicator = monthly(dorset());
        var html = page("officer", "/partnerships/dorset/performance", 200);
        assertThat(html.select("h1").text()).isEqualTo("Performance");
        assertThat(html.select("a[href=" + PerformanceViews.href("dorset", indicator.id()) + "]"))
                .hasSize(1);
        assertThat(html.text()).contains("Increase in the positive outcome rate for sexual offences");
        assertThat(html.select("a[href=/partnerships/dorset/activities]")).hasSize(1);
    }
}
