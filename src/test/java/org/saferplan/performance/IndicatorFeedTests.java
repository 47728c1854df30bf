package org.saferplan.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.saferplan.security.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import de.siegmar.fastcsv.reader.CsvReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.saferplan.IntegrationTest;
import org.saferplan.Pages;
import org.saferplan.governance.Partnership;
import org.saferplan.governance.Partnerships;
import org.saferplan.performance.web.IndicatorForm;
import org.saferplan.performance.web.ValueForm;
import org.saferplan.security.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Indicators that take their values from the crime module, checked against the real police.uk files. */
@IntegrationTest
class IndicatorFeedTests {

    private static final Path DATA = Path.of("..", "shared", "data");
    private static final List<String> DEMO_MONTHS = List.of("2018-10", "2018-11", "2018-12", "2019-01", "2019-02");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Partnerships partnerships;

    @Autowired
    Indicators indicators;

    @Autowired
    IndicatorFeeds feeds;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.saferplan.crime.CrimeOutcomes outcomes;

    private Partnership dorset() {
        return partnerships.findBySlug("dorset").orElseThrow();
    }

    private Indicator indicator(String unit, String frequency) {
        return indicators.create(
                dorset().id(),
                new IndicatorForm(
                        "Fed " + System.nanoTime(), unit, "", "CRIME_STATISTIC", "", "", "DECREASE", "", frequency, ""),
                false);
    }

    private String href(Indicator indicator) {
        return "/partnerships/dorset/performance/indicators/" + indicator.id();
    }

    @Test
    void aCrimeIndicatorTakesTheMonthlyCountsOfItsTypeInThePartnershipArea() throws Exception {
        var indicator = indicator("COUNT", "MONTH");
        var page = Pages.html(
                mvc.perform(get(href(indicator)).with(as(accounts, "analyst"))).andReturn());
        assertThat(page.select("select#feed option").eachAttr("value"))
                .contains(CrimeIndicatorFeed.ALL, CrimeIndicatorFeed.TYPE + "Burglary");

        var connected = mvc.perform(post(href(indicator) + "/feed")
                        .param("feed", CrimeIndicatorFeed.TYPE + "Burglary")
                        .with(csrf())
                        .with(as(accounts, "analyst")))
                .andReturn()
                .getResponse();
        assertThat(connected.getStatus()).isEqualTo(302);

        var expected = independentCounts("Burglary");
        var stored = values(indicator);
        for (var month : DEMO_MONTHS) {
            assertThat(stored.get(month)).as(month).isEqualByComparingTo(BigDecimal.valueOf(expected.get(month)));
        }
        var after = Pages.html(
                mvc.perform(get(href(indicator)).with(as(accounts, "officer"))).andReturn());
        assertThat(after.select("#source ~ p").text()).contains("Burglary", "police.uk", "Open Government Licence");
        assertThat(after.select("form[action$=/values]")).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE record_type = :type AND record_id = :id")
                        .param("type", IndicatorFeeds.FEED)
                        .param("id", String.valueOf(indicator.id()))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void allCrimeLeavesOutAntisocialBehaviour() throws Exception {
        var indicator = indicator("COUNT", "MONTH");
        feeds.connect(dorset(), indicator.id(), CrimeIndicatorFeed.ALL);
        var asb = independentCounts("Anti-social behaviour");
        var all = independentCounts(null);
        var stored = values(indicator);
        for (var month : DEMO_MONTHS) {
            assertThat(stored.get(month))
                    .as(month)
                    .isEqualByComparingTo(BigDecimal.valueOf(all.get(month) - asb.get(month)));
        }
    }

    @Test
    void aRefreshReplacesValuesTypedInSinceAndAWrongUnitIsRefused() throws Exception {
        var indicator = indicator("COUNT", "MONTH");
        feeds.connect(dorset(), indicator.id(), CrimeIndicatorFeed.TYPE + "Robbery");
        var taken = values(indicator);
        indicators.addValue(dorset().id(), indicator.id(), new ValueForm("2018-10", "99999", ""));
        var refreshed = mvc.perform(
                        post(href(indicator) + "/feed/refresh").with(csrf()).with(as(accounts, "coordinator")))
                .andReturn()
                .getResponse();
        assertThat(refreshed.getStatus()).isEqualTo(302);
        assertThat(values(indicator)).isEqualTo(taken);

        var percentage = indicator("PERCENTAGE", "MONTH");
        var refused = mvc.perform(post("/partnerships/dorset/performance/indicators/" + percentage.id() + "/feed")
                        .param("feed", CrimeIndicatorFeed.ALL)
                        .with(csrf())
                        .with(as(accounts, "analyst")))
                .andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        var page = Pages.html(refused);
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary").text()).contains("unit (Percentage)");
        assertThat(values(percentage)).isEmpty();
        assertThat(feeds.link(percentage.id())).isEmpty();

        var officer = mvc.perform(
                        post(href(indicator) + "/feed/remove").with(csrf()).with(as(accounts, "officer")))
                .andReturn()
                .getResponse();
        assertThat(officer.getStatus()).isEqualTo(403);
        assertThat(feeds.link(indicator.id())).isPresent();
        mvc.perform(post(href(indicator) + "/feed/remove").with(csrf()).with(as(accounts, "analyst")));
        assertThat(feeds.link(indicator.id())).isEmpty();
        assertThat(values(indicator)).isEqualTo(taken);
    }

    @Test
    void anOutcomeRateIndicatorTakesTheCrimeModulesQuarterlyRatesAsPercentages() {
        var indicator = indicator("PERCENTAGE", "QUARTER");
        var key = CrimeIndicatorFeed.OUTCOME_RATE + "3:Violence and sexual offences";
        assertThat(feeds.choices(dorset(), indicator))
                .extracting(IndicatorFeed.Choice::key)
                .contains(key)
                .noneMatch(k -> k.startsWith(CrimeIndicatorFeed.TYPE));
        feeds.connect(dorset(), indicator.id(), key);
        var expected = outcomes.positiveOutcomeRates(
                        "dorset",
                        "Violence and sexual offences",
                        java.time.YearMonth.of(2018, 10),
                        java.time.YearMonth.of(2018, 12),
                        3)
                .orElseThrow()
                .get(0);
        assertThat(expected.crimes()).isPositive();
        assertThat(values(indicator).get("2018-Q4"))
                .isEqualByComparingTo(
                        BigDecimal.valueOf(Math.round(1000.0 * expected.positive() / expected.crimes()) / 10.0));
    }

    @Test
    void theDemoFlyTippingIndicatorTakesDefrasFiguresForTheDorsetCouncilArea() {
        var indicator = indicators.all(dorset().id()).stream()
                .filter(i -> i.name().equals("Fly-tipping incidents dealt with in the Dorset Council area (Defra)"))
                .findFirst()
                .orElseThrow();
        assertThat(indicator.illustrative()).isFalse();
        assertThat(feeds.link(indicator.id()).orElseThrow().sourceNote()).contains("Defra", "E06000059");
        // The five former districts of Dorset added up from Defra's table (checked against the raw CSV by the
        // evidence module's tests): 2,421 incidents in 2016-17.
        assertThat(values(indicator))
                .containsKeys("2012-13", "2017-18")
                .containsEntry("2016-17", new BigDecimal("2421"));
    }

    private Map<String, BigDecimal> values(Indicator indicator) {
        return indicators.values(indicator.id()).stream()
                .collect(Collectors.toMap(v -> v.period().text(), IndicatorValue::value, (a, b) -> a, TreeMap::new));
    }

    /** Crimes per month of a type (or of every type) whose LSOA lies in Dorset Council, counted from the CSVs. */
    private static Map<String, Long> independentCounts(String type) throws IOException {
        var dorsetLsoas = new HashSet<String>();
        try (var reader = CsvReader.builder().ofNamedCsvRecord(DATA.resolve("ons/lookup_lsoa11_ltla21.csv"))) {
            reader.forEach(row -> {
                if (row.getField("ltla21_code").equals("E06000059")) {
                    dorsetLsoas.add(row.getField("lsoa11_code"));
                }
            });
        }
        var counts = new TreeMap<String, Long>();
        try (var files = Files.list(DATA.resolve("police-uk"))) {
            for (var file :
                    files.filter(f -> f.toString().endsWith("-street.csv")).toList()) {
                try (var reader = CsvReader.builder().ofNamedCsvRecord(file)) {
                    reader.forEach(row -> {
                        if (dorsetLsoas.contains(row.getField("LSOA code"))
                                && (type == null || type.equals(row.getField("Crime type")))) {
                            counts.merge(row.getField("Month"), 1L, Long::sum);
                        }
                    });
                }
            }
        }
        return counts;
    }
}
