package org.saferplan.crime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.saferplan.IntegrationTest;
import org.saferplan.Pages;
import org.saferplan.areas.AreaKind;
import org.saferplan.areas.AreaScope;
import org.saferplan.areas.AreaScopes;
import org.saferplan.areas.Geography;
import org.saferplan.security.TestUsers;
import org.saferplan.security.UserAccounts;
import org.saferplan.statistics.ConfidenceLevel;
import org.saferplan.statistics.CountChange;
import org.saferplan.statistics.CovidCounterfactual;
import org.saferplan.statistics.FunnelComparison;
import org.saferplan.statistics.MonthlySeries;
import org.saferplan.statistics.Rate;
import org.saferplan.statistics.SeasonalIndex;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Comparison, trend, seasonality, Covid and places. The long series is synthetic: its own force and invented LSOA
 * codes (E019999xx, not in ONS geography) in 2051–2054, so no other test's figures change.
 */
@IntegrationTest
class CrimeAnalysisTests {

    static final YearMonth FROM = YearMonth.of(2018, 10);
    static final YearMonth TO = YearMonth.of(2019, 2);
    static final YearMonth SYNTHETIC_START = YearMonth.of(2051, 1);
    static final int SYNTHETIC_MONTHS = 48;
    static final List<String> SYNTHETIC_LSOAS = List.of("E01999901", "E01999902", "E01999903");
    static final AreaScope SYNTHETIC = new AreaScope(
            "E05999999", "Synthetic area", AreaKind.WARD, Set.copyOf(SYNTHETIC_LSOAS), List.of(), List.of());
    private static boolean imported;

    @Autowired
    AreaCrimeStatistics statistics;

    @Autowired
    CrimeComparisons comparisons;

    @Autowired
    CrimeTrends trends;

    @Autowired
    AreaScopes scopes;

    @Autowired
    Geography geography;

    @Autowired
    CrimeImports imports;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Test
    void dorsetIsComparedWithTheOtherAuthorityOfItsForceByTheFunnelMethod() throws IOException {
        var dorset = statistics.of(scopes.of("E06000059").orElseThrow(), FROM, TO);
        var comparison = comparisons.compare(dorset, List.of());
        assertThat(comparison.peers()).extracting(peer -> peer.scope().code()).containsExactly("E06000058");
        assertThat(comparison.force().area().code()).isEqualTo("E23000039");
        var peer = comparison.peers().get(0);
        assertThat(peer.included()).isTrue();
        assertThat(peer.crime().population().population()).isEqualTo(onsPopulation("E06000058"));
        assertThat(dorset.population().population()).isEqualTo(onsPopulation("E06000059"));
        var bcp = statistics.of(scopes.of("E06000058").orElseThrow(), FROM, TO);
        var expected = FunnelComparison.of(
                new Rate(dorset.total().count(), onsPopulation("E06000059")),
                List.of(new Rate(bcp.total().count(), onsPopulation("E06000058"))));
        var actual = comparison.againstPeers(null).orElseThrow();
        assertThat(actual).isEqualTo(expected);
        assertThat(actual.verdict(ConfidenceLevel.NINETY_FIVE)).isEqualTo(expected.verdict());
        // The rest of the force: Dorset police area less Dorset itself.
        var pfa = statistics.of(scopes.of("E23000039").orElseThrow(), FROM, TO);
        var rest = comparison.againstRestOfForce(null).orElseThrow();
        assertThat(rest.peers())
                .containsExactly(new Rate(
                        pfa.total().count() - dorset.total().count(),
                        pfa.population().population() - dorset.population().population()));
        var burglary = comparison.againstPeers("Burglary").orElseThrow();
        assertThat(burglary.focal().count()).isEqualTo(Comparison.count(dorset, "Burglary"));
    }

    @Test
    void aPartnershipsDefaultPeersAreTheOtherCspsOfItsForceWithOverlapsLeftOut() {
        var dorset = statistics.of(scopes.ofPartnership("dorset-test", "Dorset test", List.of("E06000059")), FROM, TO);
        var comparison = comparisons.compare(dorset, List.of());
        assertThat(comparison.peers())
                .extracting(peer -> peer.scope().code())
                .containsExactly("E22000063", "E22000367");
        assertThat(comparison.peers().get(0).included()).isTrue();
        assertThat(comparison.peers().get(1).leftOut()).isEqualTo("it overlaps this area");
        assertThat(comparison.notes()).anyMatch(note -> note.startsWith("Poole (E22000067) covers exactly the same"));
    }

    @Test
    void chosenPeersAreUsedAndAnUnknownCodeIsNamed() throws Exception {
        var page = Pages.html(
                mvc.perform(get("/crime/areas/E06000059?from=2018-10&to=2019-02&peers=E06000058," + "E06000054")
                                .with(TestUsers.as(accounts, "analyst")))
                        .andExpect(status().isOk())
                        .andReturn());
        var peers = page.select("table:has(caption:containsOwn(Peers:)) tbody tr");
        assertThat(peers).hasSize(3);
        assertThat(peers.get(2).text()).contains("Wiltshire").contains("E06000054");
        assertThat(page.select("#peers").attr("value")).isEqualTo("E06000058,E06000054");
        var bad = Pages.html(
                mvc.perform(get("/crime/areas/E06000059?peers=E06999999").with(TestUsers.as(accounts, "analyst")))
                        .andExpect(status().isBadRequest())
                        .andReturn());
        assertThat(bad.select(".govuk-error-summary a[href=#peers]").text()).startsWith("E06999999 is not an area");
    }

    @Test
    void theFunnelPlotHasTheAreaHighlightedAndATableBesideIt() throws Exception {
        var page = Pages.html(mvc.perform(
                        get("/crime/areas/E06000059?from=2018-10&to=2019-02").with(TestUsers.as(accounts, "analyst")))
                .andExpect(status().isOk())
                .andReturn());
        var funnel = page.select("svg.app-funnel[role=img]");
        assertThat(funnel.select("title#funnel-title").text()).startsWith("Funnel plot");
        assertThat(funnel.select("desc").text()).contains("Dorset");
        assertThat(funnel.select("circle.app-funnel__focal")).hasSize(1);
        assertThat(funnel.select("circle.app-funnel__peer")).hasSize(1);
        assertThat(funnel.select("polyline")).hasSize(4);
        assertThat(page.select("table:has(caption:containsOwn(Peers:)) tbody tr"))
                .hasSize(2);
        assertThat(page.text()).contains("SaferPlan's method: a funnel plot");
    }

    @Test
    void onTheDemoDataTrendSeasonalityAndCovidSayWhatIsMissing() throws Exception {
        var page = Pages.html(mvc.perform(
                        get("/crime/areas/E06000059?from=2018-10&to=2019-02").with(TestUsers.as(accounts, "analyst")))
                .andExpect(status().isOk())
                .andReturn());
        var text = page.text();
        assertThat(text)
                .contains("Rolling 12-month totals need at least 12 consecutive months; 5 are stored"
                        + " (October 2018 to February 2019).");
        assertThat(text)
                .contains("A seasonal index needs at least 12 consecutive months; 5 are stored (October 2018"
                        + " to February 2019).");
        assertThat(text).contains("A three-year direction needs 36 consecutive months; 5 are stored");
        assertThat(text)
                .contains("The Covid comparison for March 2020 to May 2020 needs the months March 2020 to May"
                        + " 2020 and the same months of at least one year from 2017 to 2019");
        assertThat(text).doesNotContain("peaks in");
        assertThat(page.select("#seasonality ~ svg")).isEmpty();
    }

    @Test
    void aLongSyntheticSeriesGivesTheStatisticsClassesVerdicts() {
        importSynthetic();
        var t = trends.of(SYNTHETIC, YearMonth.of(2054, 3), YearMonth.of(2054, 5));
        assertThat(t.runMonths()).isEqualTo(SYNTHETIC_MONTHS);
        var totals = new double[SYNTHETIC_MONTHS];
        long[] byYear = new long[4];
        long[] drugsByYear = new long[4];
        for (int i = 0; i < SYNTHETIC_MONTHS; i++) {
            var month = SYNTHETIC_START.plusMonths(i);
            totals[i] = burglary(month) + drugs();
            byYear[i / 12] += burglary(month) + drugs();
            drugsByYear[i / 12] += drugs();
        }
        var series = MonthlySeries.of(SYNTHETIC_START, totals);
        var index = t.seasonality().index();
        assertThat(index).isEqualTo(SeasonalIndex.of(series));
        assertThat(index.method()).isEqualTo(SeasonalIndex.Method.RATIO_TO_MOVING_AVERAGE);
        assertThat(index.peakSeason()).contains(SeasonalIndex.Season.SUMMER);
        var total = t.changes().get(0);
        assertThat(total.type()).isNull();
        assertThat(total.change()).isEqualTo(CountChange.of(byYear[2], byYear[3]));
        assertThat(total.change().directionInWords()).isEqualTo("decreased");
        var drugs = t.changes().stream()
                .filter(c -> "Drugs".equals(c.type()))
                .findFirst()
                .orElseThrow();
        assertThat(drugs.change()).isEqualTo(CountChange.of(drugsByYear[2], drugsByYear[3]));
        assertThat(drugs.change().directionInWords()).isEqualTo("no significant change");
        assertThat(t.threeYear()).isEqualTo(CountChange.of(byYear[1], byYear[3]));
        assertThat(t.rolling()).hasSize(SYNTHETIC_MONTHS - 11);
        assertThat(t.rolling().get(0).crimes()).isEqualTo(byYear[0]);
        var covid = t.covid().results().get(null);
        assertThat(covid)
                .isEqualTo(CovidCounterfactual.of(series, YearMonth.of(2054, 3), YearMonth.of(2054, 5), 2051, 2053));
        assertThat(covid.months()).allSatisfy(m -> assertThat(m.outside()).isTrue());

        var page = AreaAnalysisPages.seasonality(t);
        assertThat(page.sentences()).anyMatch(s -> s.startsWith("Crime peaks in summer"));
        assertThat(page.months()).hasSize(12);
        assertThat(page.months().get(0)[2]).isEqualTo(String.valueOf(index.yearsBehind(java.time.Month.JANUARY)));
        var trend = AreaAnalysisPages.trend(t);
        assertThat(trend.sentences()).anyMatch(s -> s.startsWith("Over three years, total crime decreased"));
        assertThat(AreaAnalysisPages.covid(t).rows())
                .filteredOn(r -> r.type().startsWith("All crime"))
                .extracting(r -> r.verdict())
                .containsOnly("Below expected");
    }

    static long burglary(YearMonth month) {
        double value = 300;
        if (month.getMonthValue() >= 6 && month.getMonthValue() <= 8) {
            value *= 1.6;
        }
        if (month.getYear() == 2054) {
            value *= 0.7;
        }
        return Math.round(value);
    }

    static long drugs() {
        return 20;
    }

    private void importSynthetic() {
        synchronized (CrimeAnalysisTests.class) {
            if (imported) {
                return;
            }
            var files = new TestFiles();
            var sources = new ArrayList<SourceFile>();
            for (int i = 0; i < SYNTHETIC_MONTHS; i++) {
                var month = SYNTHETIC_START.plusMonths(i).toString();
                var lines = new ArrayList<String>();
                lines.add(TestFiles.STREET_HEADER);
                for (long n = 0; n < burglary(SYNTHETIC_START.plusMonths(i)); n++) {
                    lines.add(TestFiles.street(
                            month, SYNTHETIC_LSOAS.get((int) (n % 3)), "Burglary", "Under investigation"));
                }
                for (long n = 0; n < drugs(); n++) {
                    lines.add(TestFiles.street(
                            month, SYNTHETIC_LSOAS.get((int) (n % 3)), "Drugs", "Under investigation"));
                }
                sources.add(files.file(month + "-analysis-synthetic-street.csv", String.join("\n", lines) + "\n"));
            }
            var result = imports.runNow("test", sources);
            assertThat(result.results())
                    .extracting(FileResult::outcome)
                    .allMatch(o -> o.equals(FileResult.IMPORTED) || o.equals(FileResult.UNCHANGED));
            imported = true;
        }
    }

    @Test
    void theChoroplethHasOnePathPerLsoaWithABoundaryAndATableOfTheSameRows() throws Exception {
        var page = Pages.html(mvc.perform(
                        get("/crime/areas/E06000059?from=2018-10&to=2019-02").with(TestUsers.as(accounts, "analyst")))
                .andExpect(status().isOk())
                .andReturn());
        var lsoa11 = lsoa11Of("E06000059");
        int withBoundary = geography.boundaries("lsoa11", lsoa11).size();
        assertThat(withBoundary).isGreaterThan(100);
        var map = page.select("svg.app-map[role=img]");
        assertThat(map.select("title#map-title").text()).isEqualTo("Map of crime rate per 1,000 by LSOA");
        assertThat(map.select("desc")).hasSize(1);
        var paths = map.select("path");
        assertThat(paths).hasSize(withBoundary);
        assertThat(paths)
                .allSatisfy(path -> assertThat(path.select("title").text()).matches(".+ \\(E01\\d{6}\\): .+"));
        assertThat(map.select("rect[class^=app-map__class-]")).hasSize(5);
        var rows = page.select("table:has(caption:containsOwn(LSOAs ranked)) tbody tr");
        assertThat(rows).hasSize(lsoa11.size());
        var tableCodes = new HashSet<String>();
        rows.forEach(row -> tableCodes.add(row.select("th span").text()));
        var mapCodes = new HashSet<String>();
        paths.forEach(path -> mapCodes.add(path.select("title").text().replaceAll(".*\\((E01\\d{6})\\).*", "$1")));
        assertThat(tableCodes).containsAll(mapCodes).isEqualTo(lsoa11);
        assertThat(page.text())
                .contains("police.uk moves every crime to the nearest of over 750,000 anonymous map" + " points");
        assertThat(page.select("table:has(caption:containsOwn(Wards ranked)) tbody tr"))
                .isNotEmpty();
        // Every path is SVG path data: moves and lines to coordinates with one decimal place, each ring closed.
        assertThat(paths)
                .allSatisfy(path -> assertThat(path.attr("d"))
                        .matches("(M-?\\d+\\.\\d -?\\d+\\.\\d (L-?\\d+\\.\\d -?\\d+\\.\\d )*Z ?)+"));
    }

    @Test
    void mapCoordinatesAreWrittenInTenthsOfAPixel() {
        assertThat(CrimePlacesPages.tenths(new StringBuilder(), 1234)).hasToString("123.4");
        assertThat(CrimePlacesPages.tenths(new StringBuilder(), 7)).hasToString("0.7");
        assertThat(CrimePlacesPages.tenths(new StringBuilder(), 0)).hasToString("0.0");
        assertThat(CrimePlacesPages.tenths(new StringBuilder(), -5)).hasToString("-0.5");
        assertThat(CrimePlacesPages.tenths(new StringBuilder(), -120)).hasToString("-12.0");
    }

    @Test
    void giStarFindsTheHotCornerOfASyntheticGrid() {
        // A 5 × 5 grid of unit squares; the 2 × 2 block in the top-left corner has many crimes.
        var shapes = new ArrayList<CrimePlaces.Shape>();
        var places = new ArrayList<CrimePlaces.Place>();
        for (int row = 0; row < 5; row++) {
            for (int col = 0; col < 5; col++) {
                var code = "G" + row + col;
                double x = col * 0.01;
                double y = row * 0.01;
                shapes.add(new CrimePlaces.Shape(
                        code,
                        List.of(List.of(
                                new double[] {x, y},
                                new double[] {x + 0.01, y},
                                new double[] {x + 0.01, y + 0.01},
                                new double[] {x, y + 0.01},
                                new double[] {x, y}))));
                places.add(new CrimePlaces.Place(code, code, row < 2 && col < 2 ? 50 : 5, 1000L));
            }
        }
        var neighbours = CrimePlaces.neighbours(shapes);
        assertThat(neighbours.get("G22")).hasSize(8);
        assertThat(neighbours.get("G00")).containsExactlyInAnyOrder("G01", "G10", "G11");
        var hot = CrimePlaces.hotSpots(places, shapes);
        assertThat(hot.problem()).isNull();
        var codes = shapes.stream().map(CrimePlaces.Shape::code).toList();
        var expected = org.saferplan.statistics.GetisOrdGi.of(
                places.stream().map(p -> (double) p.crimes()).toList(),
                org.saferplan.statistics.GetisOrdGi.binaryWeights(codes, neighbours));
        for (int i = 0; i < codes.size(); i++) {
            assertThat(hot.z().get(codes.get(i))).isEqualTo(expected.z(i));
        }
        assertThat(org.saferplan.statistics.GetisOrdGi.Band.of(hot.z().get("G00"))
                        .label())
                .startsWith("Hot spot");
        assertThat(org.saferplan.statistics.GetisOrdGi.Band.of(hot.z().get("G44"))
                        .label())
                .isEqualTo("Not significant");
    }

    @Test
    void theApiKeepsItsFieldsAndAddsTheAnalysis() throws Exception {
        mvc.perform(get("/api/v1/areas/E06000059/crime?from=2018-10&to=2019-02")
                        .with(httpBasic("analyst", "saferplan-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.area.code").value("E06000059"))
                .andExpect(jsonPath("$.area.population").isNumber())
                .andExpect(jsonPath("$.area.populationYear").value(2019))
                .andExpect(jsonPath("$.area.populationBasis").isString())
                .andExpect(jsonPath("$.area.notes").isArray())
                .andExpect(jsonPath("$.from").value("2018-10"))
                .andExpect(jsonPath("$.total.count").isNumber())
                .andExpect(jsonPath("$.total.rateLow").isNumber())
                .andExpect(jsonPath("$.types.length()").value(14))
                .andExpect(jsonPath("$.months.length()").value(5))
                .andExpect(jsonPath("$.missingMonths").isArray())
                .andExpect(jsonPath("$.forces").isArray())
                .andExpect(jsonPath("$.source").isString())
                .andExpect(jsonPath("$.rateUnit").isString())
                .andExpect(jsonPath("$.comparison.peers[0].code").value("E06000058"))
                .andExpect(jsonPath("$.comparison.peersPooled.verdict95").isString())
                .andExpect(jsonPath("$.comparison.restOfForce.referenceRate").isNumber())
                .andExpect(jsonPath("$.comparison.allForces.limit998High").isNumber())
                .andExpect(jsonPath("$.comparison.types.length()").value(14))
                .andExpect(jsonPath("$.trend.monthsStored").value(5))
                .andExpect(jsonPath("$.trend.yearOnYear.length()").value(0))
                .andExpect(jsonPath("$.seasonality.available").value(false))
                .andExpect(jsonPath("$.covid.available").value(false))
                .andExpect(jsonPath("$.covid.from").value("2020-03"))
                .andExpect(jsonPath("$.places.vintage").value("lsoa11"))
                .andExpect(jsonPath("$.places.lsoas[0].giBand").isString());
    }

    @Test
    void theByTypeTableDownloadsAsCsvWithTheSameFigures() throws Exception {
        var crime = statistics.of(scopes.of("E06000059").orElseThrow(), FROM, TO);
        var response = mvc.perform(get("/crime/areas/E06000059.csv?from=2018-10&to=2019-02")
                        .with(TestUsers.as(accounts, "analyst")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"crime-E06000059-2018-10-to-2019-02.csv\"");
        var lines = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)
                .split("\r\n");
        assertThat(lines[0]).isEqualTo(AreaCrimeCsvController.HEADER);
        assertThat(lines).hasSize(1 + crime.types().size() + 1);
        var burglary = crime.types().stream()
                .filter(t -> t.type().equals("Burglary"))
                .findFirst()
                .orElseThrow();
        assertThat(lines)
                .contains(String.format(
                        java.util.Locale.ROOT,
                        "E06000059,2018-10,2019-02,Burglary,true,%d,%d,%.4f,%.4f,%.4f",
                        burglary.figure().count(),
                        crime.population().population(),
                        burglary.figure().rate(),
                        burglary.figure().rateLow(),
                        burglary.figure().rateHigh()));
        assertThat(lines[lines.length - 1])
                .startsWith("E06000059,2018-10,2019-02,All crime (excluding anti-social" + " behaviour),true,"
                        + crime.total().count() + ",");
        var page = Pages.html(mvc.perform(
                        get("/crime/areas/E06000059?from=2018-10&to=2019-02").with(TestUsers.as(accounts, "analyst")))
                .andReturn());
        assertThat(page.select("a[download]").attr("href"))
                .isEqualTo("/crime/areas/E06000059.csv?from=2018-10&to=2019-02");
        mvc.perform(get("/crime/areas/E06000059.csv?from=nope").with(TestUsers.as(accounts, "analyst")))
                .andExpect(status().isBadRequest());
    }

    private Set<String> lsoa11Of(String authority) throws IOException {
        var lsoas = new HashSet<String>();
        for (var line : Files.readAllLines(AreaCrimeStatisticsTests.ONS.resolve("lookup_lsoa11_ltla21.csv"))) {
            var fields = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
            if (fields[3].strip().equals(authority)) {
                lsoas.add(fields[1].strip());
            }
        }
        return lsoas;
    }

    /** The mid-2019 population of an authority, read from the ONS file. */
    private static long onsPopulation(String code) throws IOException {
        for (var line : Files.readAllLines(AreaCrimeStatisticsTests.ONS.resolve("population19_ltla19.csv"))) {
            var fields = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
            if (fields[0].equals(code)) {
                return Long.parseLong(fields[2]);
            }
        }
        throw new AssertionError(code + " not in the ONS file");
    }

    /** Shorthand for the count helper. */
    static final class Comparison {
        static long count(AreaCrime crime, String type) {
            return CrimeComparisons.Comparison.count(crime, type);
        }
    }
}
