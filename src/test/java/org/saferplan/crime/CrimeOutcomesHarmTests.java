package org.saferplan.crime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.saferplan.IntegrationTest;
import org.saferplan.Pages;
import org.saferplan.areas.AreaScopes;
import org.saferplan.security.TestUsers;
import org.saferplan.security.UserAccounts;
import org.saferplan.statistics.WilsonInterval;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Outcomes and harm, checked against an independent reading of the real Dorset and Wiltshire police.uk files and
 * the Crime Harm Index weights in ../shared/data.
 */
@IntegrationTest
class CrimeOutcomesHarmTests {

    static final Path HARM = Path.of("..", "shared", "data", "harm", "cchi_weights_by_force_category.csv");
    static final String VIOLENCE = "Violence and sexual offences";
    /** The positive categories, written out again here so the test does not read the code's list. */
    static final Set<String> POSITIVE = Set.of(
            "Awaiting court outcome",
            "Court result unavailable",
            "Court case unable to proceed",
            "Offender deprived of property",
            "Offender fined",
            "Offender given absolute discharge",
            "Offender given community sentence",
            "Offender given conditional discharge",
            "Offender given suspended prison sentence",
            "Offender sent to prison",
            "Offender otherwise dealt with",
            "Offender ordered to pay compensation",
            "Suspect charged as part of another case",
            "Suspect charged",
            "Defendant found not guilty",
            "Defendant sent to Crown Court",
            "Local resolution",
            "Offender given a caution",
            "Offender given a drugs possession warning",
            "Offender given penalty notice");

    @Autowired
    CrimeOutcomes outcomes;

    @Autowired
    CrimeHarm harm;

    @Autowired
    AreaScopes scopes;

    @Autowired
    CrimeImports imports;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    final TestFiles files = new TestFiles();

    @Test
    void outcomesOfDorsetMatchAnIndependentCountOfTheStreetFiles() throws IOException {
        var expected = rows(AreaCrimeStatisticsTests.lsoasOf("E06000059"));
        var o = outcomes.of(scopes.of("E06000059").orElseThrow(), YearMonth.of(2018, 10), YearMonth.of(2019, 2));
        assertThat(o.missingMonths()).isEmpty();
        long crimes = 0;
        long positive = 0;
        var byCategory = new HashMap<String, Long>();
        for (var row : expected) {
            if (row.type().equals(VIOLENCE)) {
                crimes++;
                positive += POSITIVE.contains(row.outcome()) ? 1 : 0;
                byCategory.merge(row.outcome().isEmpty() ? "No outcome recorded" : row.outcome(), 1L, Long::sum);
            }
        }
        assertThat(crimes).isGreaterThan(1000);
        var tally = o.tally(VIOLENCE);
        assertThat(tally.crimes()).isEqualTo(crimes);
        assertThat(tally.positive()).isEqualTo(positive).isPositive();
        assertThat(o.categories(VIOLENCE)).isEqualTo(byCategory);
        long allCrimes = expected.stream()
                .filter(r -> !r.type().equals("Anti-social behaviour"))
                .count();
        long allPositive =
                expected.stream().filter(r -> POSITIVE.contains(r.outcome())).count();
        assertThat(o.tally(null).crimes()).isEqualTo(allCrimes);
        assertThat(o.tally(null).positive()).isEqualTo(allPositive);
    }

    @Test
    void theOutcomesApiGivesTheRateWithItsWilsonInterval() throws Exception {
        var o = outcomes.of(scopes.of("E06000059").orElseThrow(), YearMonth.of(2018, 10), YearMonth.of(2019, 2));
        var tally = o.tally(VIOLENCE);
        var interval = WilsonInterval.of(tally.positive(), tally.crimes());
        mvc.perform(get("/api/v1/areas/E06000059/crime/outcomes?from=2018-10&to=2019-02")
                        .with(httpBasic("analyst", "saferplan-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.area.code").value("E06000059"))
                .andExpect(jsonPath("$.definition").value(org.hamcrest.Matchers.startsWith("SaferPlan's definition")))
                .andExpect(jsonPath("$.types[12].type").value(VIOLENCE))
                .andExpect(jsonPath("$.types[12].positive").value((int) tally.positive()))
                .andExpect(jsonPath("$.types[12].rateLow")
                        .value(org.hamcrest.Matchers.closeTo(interval.lower(), 1e-12), Double.class))
                .andExpect(jsonPath("$.types[12].rateHigh")
                        .value(org.hamcrest.Matchers.closeTo(interval.upper(), 1e-12), Double.class))
                .andExpect(jsonPath("$.months.length()").value(5))
                .andExpect(jsonPath("$.monthsType").value(VIOLENCE))
                .andExpect(jsonPath("$.months[4].immature").value(true));
        mvc.perform(get("/api/v1/areas/E06000059/crime/outcomes?type=Sexual offences")
                        .with(httpBasic("analyst", "saferplan-demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("type"));
    }

    @Test
    void thePositiveOutcomeRateSeriesOfAPartnershipIsMonthlyOrQuarterly() throws IOException {
        var lsoas = AreaCrimeStatisticsTests.lsoasOf("E06000059");
        var expected = rows(lsoas);
        var monthly = outcomes.positiveOutcomeRates(
                        "dorset", VIOLENCE, YearMonth.of(2018, 10), YearMonth.of(2019, 2), 1)
                .orElseThrow();
        assertThat(monthly).hasSize(5);
        for (var rate : monthly) {
            var month = rate.from().toString();
            long crimes = expected.stream()
                    .filter(r -> r.month().equals(month) && r.type().equals(VIOLENCE))
                    .count();
            long positive = expected.stream()
                    .filter(r -> r.month().equals(month) && r.type().equals(VIOLENCE) && POSITIVE.contains(r.outcome()))
                    .count();
            assertThat(rate.crimes()).as(month).isEqualTo(crimes);
            assertThat(rate.positive()).as(month).isEqualTo(positive);
            assertThat(rate.rate()).isCloseTo((double) positive / crimes, within(1e-12));
        }
        var quarterly = outcomes.positiveOutcomeRates(
                        "dorset", VIOLENCE, YearMonth.of(2018, 11), YearMonth.of(2019, 2), 3)
                .orElseThrow();
        assertThat(quarterly)
                .extracting(CrimeOutcomes.OutcomeRate::from)
                .containsExactly(YearMonth.of(2018, 10), YearMonth.of(2019, 1));
        assertThat(quarterly.get(0).crimes())
                .isEqualTo(monthly.subList(0, 3).stream()
                        .mapToLong(CrimeOutcomes.OutcomeRate::crimes)
                        .sum());
        assertThat(quarterly.get(1).crimes())
                .as("March 2019 is missing, so the quarter has no rate")
                .isNull();
        assertThat(quarterly.get(1).rate()).isNull();
        assertThat(outcomes.positiveOutcomeRates(
                        "no-such-partnership", VIOLENCE, YearMonth.of(2018, 10), YearMonth.of(2019, 2), 1))
                .isEmpty();
    }

    @Test
    void anOutcomesFileReplacesOnlyAPendingStreetOutcome() {
        var lsoa = "E01033861";
        var place = ",Test Force,Test Force,-1.78,51.56,On or near Test Street," + lsoa + ",Swindon 028G,";
        var street = TestFiles.STREET_HEADER + "\n"
                + id(1) + ",2041-01" + place + VIOLENCE + ",Under investigation,\n"
                + id(2) + ",2041-01" + place + VIOLENCE + ",Investigation complete; no suspect identified,\n"
                + id(3) + ",2041-01" + place + VIOLENCE + ",Under investigation,\n"
                + id(4) + ",2041-01" + place + "Burglary,,\n"
                + ",2041-01" + place + "Anti-social behaviour,,\n";
        var outcomeRows = TestFiles.OUTCOMES_HEADER + "\n"
                + id(1) + ",2041-02" + place + "Suspect charged\n"
                + id(2) + ",2041-02" + place + "Suspect charged\n"
                + id(4) + ",2041-02" + place + "Under investigation\n";
        var result = imports.runNow(
                "test",
                List.of(
                        files.file("2041-01-test-outcome-rule-street.csv", street),
                        files.file("2041-02-test-outcome-rule-outcomes.csv", outcomeRows)));
        assertThat(result.problems()).isEmpty();
        var o = outcomes.of(scopes.of(lsoa).orElseThrow(), YearMonth.of(2041, 1), YearMonth.of(2041, 1));
        assertThat(o.categories(VIOLENCE))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "Suspect charged",
                        1L,
                        "Investigation complete; no suspect identified",
                        1L,
                        "Under investigation",
                        1L));
        assertThat(o.tally(VIOLENCE)).isEqualTo(new CrimeOutcomes.Tally(3, 1, 1));
        assertThat(o.categories("Burglary")).isEqualTo(Map.of("Under investigation", 1L));
        assertThat(o.tally(null).crimes())
                .as("anti-social behaviour is not crime")
                .isEqualTo(4);
        assertThat(o.updatedFromOutcomesFiles()).isEqualTo(2);
        assertThat(o.outcomeFiles()).isEqualTo(1);
    }

    @Test
    void harmOfDorsetMatchesAnIndependentWeightingOfTheStreetFiles() throws IOException {
        var weights = new HashMap<String, Double>();
        for (var line : Files.readAllLines(HARM).subList(1, 560)) {
            var fields = line.split(",");
            weights.put(fields[0] + "|" + fields[1], Double.parseDouble(fields[2]));
        }
        var lsoas = AreaCrimeStatisticsTests.lsoasOf("E06000059");
        double expected = 0;
        long crimes = 0;
        double violence = 0;
        long violenceCount = 0;
        for (var month : AreaCrimeStatisticsTests.MONTHS) {
            for (var force : new String[] {"Dorset", "Wiltshire"}) {
                var lines = Files.readAllLines(
                        AreaCrimeStatisticsTests.POLICE.resolve(month + "-" + force.toLowerCase() + "-street.csv"));
                for (var line : lines.subList(1, lines.size())) {
                    var fields = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
                    var type = fields[9];
                    if (!lsoas.contains(fields[7]) || type.equals("Anti-social behaviour")) {
                        continue;
                    }
                    crimes++;
                    if (!type.equals("Drugs") && !type.equals("Possession of weapons")) {
                        expected += weights.get(force + "|" + type);
                        violence += type.equals(VIOLENCE) ? weights.get(force + "|" + type) : 0;
                        violenceCount += type.equals(VIOLENCE) ? 1 : 0;
                    }
                }
            }
        }
        var h = harm.of(scopes.of("E06000059").orElseThrow(), YearMonth.of(2018, 10), YearMonth.of(2019, 2));
        assertThat(h.crimes()).isEqualTo(crimes);
        assertThat(h.total()).isCloseTo(expected, within(1e-6 * expected));
        var types = CrimeOutcomesHarmController.crimeTypes(
                org.springframework.jdbc.core.simple.JdbcClient.create(dataSource));
        var byType = h.byType(types);
        assertThat(byType.get(VIOLENCE).harm()).isCloseTo(violence, within(1e-6 * violence));
        assertThat(byType.get(VIOLENCE).weight()).isCloseTo(violence / violenceCount, within(1e-9));
        assertThat(byType.get("Drugs").harm()).isZero();
        assertThat(byType.get("Drugs").proactive()).isTrue();
        assertThat(byType.get("Drugs").weight()).isBetween(3.25, 3.57);
        assertThat(byType.get("Shoplifting").weight()).isEqualTo(1.0);
    }

    @Autowired
    javax.sql.DataSource dataSource;

    @Test
    void theHarmPageShowsHarmBesideCountsWithTheCaveat() throws Exception {
        var page = Pages.html(mvc.perform(get("/partnerships/dorset/crime/harm?from=2018-10&to=2019-02")
                        .with(TestUsers.as(accounts, "officer")))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page.title()).isEqualTo("Crime harm in the partnership area – SaferPlan");
        assertThat(page.select("svg[role=img] title").text()).startsWith("Share of crimes and share of harm");
        var rows = page.select("table#types tbody tr");
        assertThat(rows).hasSize(14);
        var violence = page.selectFirst("table#types tr:has(th:containsOwn(" + VIOLENCE + "))")
                .select("td");
        // Dorset's weight is 216.51 days; the few crimes Wiltshire Police recorded in Dorset LSOAs (223.35) pull the
        // count-weighted mean up a little.
        assertThat(violence.get(2).text()).isEqualTo("216.52");
        assertThat(page.text())
                .contains("The weights are approximate")
                .contains("isthisben/cbl-realcrime")
                .contains("Violence and sexual offences is ");
        assertThat(page.select("a[href^=/partnerships/dorset/crime/harm.csv]")).hasSize(1);
        assertThat(page.select("nav a[aria-current=page]").text())
                .contains("Crime")
                .contains("Harm");
    }

    @Test
    void theOutcomesPageHasATableBesideTheChartAndTheWarnings() throws Exception {
        var page = Pages.html(mvc.perform(get("/crime/areas/E06000059/outcomes?from=2018-10&to=2019-02")
                        .with(TestUsers.as(accounts, "analyst")))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page.title()).isEqualTo("Crime outcomes in Dorset – SaferPlan");
        assertThat(page.select("svg[role=img] rect title").text()).contains("Charged or summonsed");
        assertThat(page.select("table#types tbody tr")).hasSize(14);
        assertThat(page.select("table#months tbody tr")).hasSize(5);
        assertThat(page.select("table#months tbody tr").last().text()).contains("Recent: outcomes immature");
        assertThat(page.select(".govuk-warning-text").text())
                .contains("latest outcome known when each file was" + " published")
                .contains("Recent months are immature");
        assertThat(page.select("#definition").text()).startsWith("SaferPlan's definition");
        assertThat(page.text()).contains("police.uk does not publish sexual offences apart");
        var bad = Pages.html(mvc.perform(
                        get("/crime/areas/E06000059/outcomes?type=Nonsense").with(TestUsers.as(accounts, "analyst")))
                .andExpect(status().isBadRequest())
                .andReturn());
        assertThat(bad.title()).startsWith("Error: ");
        assertThat(bad.select(".govuk-error-summary a[href=#type]").text())
                .isEqualTo("Choose a police.uk crime type from the list");
    }

    @Test
    void theCsvDownloadsHoldTheTables() throws Exception {
        var outcomesCsv = mvc.perform(get("/crime/areas/E06000059/outcomes.csv?from=2018-10&to=2019-02")
                        .with(TestUsers.as(accounts, "analyst")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var lines = outcomesCsv.split("\r\n");
        assertThat(lines[0]).isEqualTo(CrimeOutcomesPages.CSV_HEADER);
        assertThat(lines).hasSize(15);
        var o = outcomes.of(scopes.of("E06000059").orElseThrow(), YearMonth.of(2018, 10), YearMonth.of(2019, 2));
        assertThat(outcomesCsv)
                .contains("E06000059,2018-10,2019-02," + VIOLENCE + ","
                        + o.tally(VIOLENCE).crimes() + "," + o.tally(VIOLENCE).positive() + ",");
        var harmCsv = mvc.perform(get("/partnerships/dorset/crime/harm.csv?from=2018-10&to=2019-02")
                        .with(TestUsers.as(accounts, "officer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(harmCsv.split("\r\n")[0]).isEqualTo(CrimeHarmPages.CSV_HEADER);
        assertThat(harmCsv)
                .contains(",Drugs,")
                .contains(",false\r\n")
                .contains("All crime (excluding anti-social" + " behaviour)");
    }

    @Test
    void theHarmApiAnswersForAPartnership() throws Exception {
        mvc.perform(get("/api/v1/partnerships/dorset/crime/harm?from=2018-10&to=2019-02")
                        .with(httpBasic("officer", "saferplan-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.index").value("Cambridge Crime Harm Index (days)"))
                .andExpect(jsonPath("$.harm").isNumber())
                .andExpect(jsonPath("$.types.length()").value(13))
                .andExpect(jsonPath("$.types[?(@.type == 'Drugs')].inHarmTotal").value(false));
        mvc.perform(get("/api/v1/partnerships/dorset/crime/harm")
                        .with(httpBasic("wiltshire-coordinator", "saferplan-demo")))
                .andExpect(status().isForbidden());
    }

    @Test
    void everyShippedForceNameMatchesAPoliceUkSlug() {
        assertThat(harm.weights())
                .hasSize(43)
                .containsKeys(
                        "dorset",
                        "wiltshire",
                        "metropolitan",
                        "city-of-london",
                        "devon-and-cornwall",
                        "dyfed-powys",
                        "avon-and-somerset");
    }

    private static String id(int n) {
        return String.format("%064x", 0xabc000L + n);
    }

    record Row(String month, String type, String outcome) {}

    /** Rows of every shipped street file (both forces) whose LSOA is one of {@code lsoas}. */
    private static List<Row> rows(Set<String> lsoas) throws IOException {
        var rows = new java.util.ArrayList<Row>();
        for (var month : AreaCrimeStatisticsTests.MONTHS) {
            for (var force : new String[] {"dorset", "wiltshire"}) {
                var lines = Files.readAllLines(
                        AreaCrimeStatisticsTests.POLICE.resolve(month + "-" + force + "-street.csv"));
                for (var line : lines.subList(1, lines.size())) {
                    var fields = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
                    if (lsoas.contains(fields[7])) {
                        rows.add(new Row(fields[1], fields[9], fields[10]));
                    }
                }
            }
        }
        return rows;
    }
}
