package org.saferplan.crime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.saferplan.IntegrationTest;
import org.saferplan.Pages;
import org.saferplan.areas.AreaScopes;
import org.saferplan.security.TestUsers;
import org.saferplan.security.UserAccounts;
import org.saferplan.statistics.PoissonInterval;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Statistics for areas, checked against an independent count of the real police.uk and ONS files. */
@IntegrationTest
class AreaCrimeStatisticsTests {

    static final Path POLICE = Path.of("..", "shared", "data", "police-uk");
    static final Path ONS = Path.of("..", "shared", "data", "ons");
    static final String[] MONTHS = {"2018-10", "2018-11", "2018-12", "2019-01", "2019-02"};

    @Autowired
    AreaCrimeStatistics statistics;

    @Autowired
    AreaScopes scopes;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Test
    void countsByTypeForALocalAuthorityMatchAnIndependentCount() throws IOException {
        var expected = independentCount(lsoasOf("E06000059"));
        var crime = statistics.of(scopes.of("E06000059").orElseThrow(), YearMonth.of(2018, 10), YearMonth.of(2019, 2));
        for (var type : crime.types()) {
            assertThat(type.figure().count()).as(type.type()).isEqualTo(expected.getOrDefault(type.type(), 0L));
        }
        long expectedTotal = expected.entrySet().stream()
                .filter(entry -> !entry.getKey().equals("Anti-social behaviour"))
                .mapToLong(Map.Entry::getValue)
                .sum();
        assertThat(crime.total().count()).isEqualTo(expectedTotal);
        assertThat(crime.months())
                .hasSize(5)
                .allSatisfy(month -> assertThat(month.count()).isNotNull());
        assertThat(crime.months().stream()
                        .mapToLong(AreaCrime.MonthCount::count)
                        .sum())
                .isEqualTo(expectedTotal);
    }

    @Test
    void ratesUseThePopulationAndTheExactPoissonInterval() {
        var crime = statistics.of(scopes.of("E06000059").orElseThrow(), YearMonth.of(2018, 10), YearMonth.of(2019, 2));
        var population = crime.population();
        assertThat(population.year()).isEqualTo(2019);
        assertThat(population.basis()).isEqualTo("ONS mid-2019 estimates for 1 local authority");
        double expectedRate = crime.total().count() * 1000.0 / population.population();
        assertThat(crime.total().rate()).isCloseTo(expectedRate, org.assertj.core.data.Offset.offset(1e-9));
        var interval = PoissonInterval.of(crime.total().count());
        assertThat(crime.total().rateLow())
                .isCloseTo(
                        interval.lower() * 1000 / population.population(), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(crime.total().rateHigh())
                .isCloseTo(
                        interval.upper() * 1000 / population.population(), org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aMonthWithoutPoliceDataIsMissingNotZero() {
        var crime = statistics.of(scopes.of("E06000059").orElseThrow(), YearMonth.of(2018, 9), YearMonth.of(2018, 10));
        assertThat(crime.missingMonths()).containsExactly(YearMonth.of(2018, 9));
        assertThat(crime.months().get(0).count()).isNull();
        assertThat(crime.months().get(1).count()).isPositive();
    }

    @Test
    void theApiAnswersTheContract() throws Exception {
        mvc.perform(get("/api/v1/areas/E06000059/crime?from=2018-10&to=2019-02")
                        .with(httpBasic("analyst", "saferplan-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.area.code").value("E06000059"))
                .andExpect(jsonPath("$.area.name").value("Dorset"))
                .andExpect(jsonPath("$.area.population").isNumber())
                .andExpect(jsonPath("$.from").value("2018-10"))
                .andExpect(jsonPath("$.to").value("2019-02"))
                .andExpect(jsonPath("$.total.count").isNumber())
                .andExpect(jsonPath("$.total.rate").isNumber())
                .andExpect(jsonPath("$.total.rateLow").isNumber())
                .andExpect(jsonPath("$.total.rateHigh").isNumber())
                .andExpect(jsonPath("$.types[?(@.type == 'Anti-social behaviour')].inTotal")
                        .value(false))
                .andExpect(jsonPath("$.types.length()").value(14))
                .andExpect(jsonPath("$.months.length()").value(5))
                .andExpect(jsonPath("$.months[0].month").value("2018-10"));
    }

    @Test
    void theApiNamesABadMonthAndRefusesUnknownAreas() throws Exception {
        mvc.perform(get("/api/v1/areas/E06000059/crime?from=2019-13").with(httpBasic("analyst", "saferplan-demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("from"))
                .andExpect(jsonPath("$.detail").value("Enter the start month as YYYY-MM, like 2019-02"));
        mvc.perform(get("/api/v1/areas/E06000059/crime?from=2019-02&to=2018-10")
                        .with(httpBasic("analyst", "saferplan-demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("to"));
        mvc.perform(get("/api/v1/areas/E06999999/crime").with(httpBasic("analyst", "saferplan-demo")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/areas/E06000059/crime")).andExpect(status().isUnauthorized());
    }

    @Test
    void thePartnershipPageShowsTheFiguresWithATableBesideTheChart() throws Exception {
        var page = Pages.html(mvc.perform(get("/partnerships/dorset/crime?from=2018-10&to=2019-02")
                        .with(TestUsers.as(accounts, "officer")))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page.title()).isEqualTo("Crime in the partnership area – SaferPlan");
        assertThat(page.select(".govuk-body-l").text()).startsWith("From October 2018 to February 2019");
        assertThat(page.select("svg[role=img] title").text()).contains("Crimes per month");
        assertThat(page.select("svg rect.app-chart__bar")).hasSize(5);
        assertThat(page.select("table:has(caption:containsOwn(Crimes per month)) tbody tr"))
                .hasSize(5);
        assertThat(page.text()).contains("ONS mid-2019 estimates for 1 local authority");
    }

    @Test
    void aCspSharingAnAuthorityShowsTheNote() throws Exception {
        var page = Pages.html(mvc.perform(get("/crime/areas/E22000367").with(TestUsers.as(accounts, "analyst")))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page.select(".govuk-inset-text").text()).contains("listed by ONS against 3 CSPs");
    }

    @Test
    void anotherPartnershipsCrimePageIsRefused() throws Exception {
        mvc.perform(get("/partnerships/dorset/crime").with(TestUsers.as(accounts, "wiltshire-coordinator")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aBadPeriodOnThePageGetsTheErrorSummary() throws Exception {
        var page = Pages.html(
                mvc.perform(get("/crime/areas/E06000059?from=last-year").with(TestUsers.as(accounts, "analyst")))
                        .andExpect(status().isBadRequest())
                        .andReturn());
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary a[href=#from]").text())
                .isEqualTo("Enter the start month as YYYY-MM, like 2019-02");
    }

    /** LSOAs of an authority in both vintages, read from the ONS files. */
    static Set<String> lsoasOf(String authority) throws IOException {
        var lsoas = new HashSet<String>();
        for (var line : Files.readAllLines(ONS.resolve("lookup_lsoa11_ltla21.csv"))) {
            var fields = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
            if (fields[3].strip().equals(authority)) {
                lsoas.add(fields[1].strip());
            }
        }
        for (var line : Files.readAllLines(ONS.resolve("lookup_lsoa21_ward24_ltla24.csv"))) {
            var fields = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
            if (fields[5].strip().equals(authority)) {
                lsoas.add(fields[1].strip());
            }
        }
        return lsoas;
    }

    /** Rows per crime type whose LSOA is one of {@code lsoas}, over every shipped file, read line by line. */
    private static Map<String, Long> independentCount(Set<String> lsoas) throws IOException {
        var counts = new HashMap<String, Long>();
        for (var month : MONTHS) {
            for (var force : new String[] {"dorset", "wiltshire"}) {
                var lines = Files.readAllLines(POLICE.resolve(month + "-" + force + "-street.csv"));
                for (var line : lines.subList(1, lines.size())) {
                    var fields = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
                    if (lsoas.contains(fields[7])) {
                        counts.merge(fields[9], 1L, Long::sum);
                    }
                }
            }
        }
        return counts;
    }
}
