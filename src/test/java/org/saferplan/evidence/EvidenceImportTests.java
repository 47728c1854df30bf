package org.saferplan.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.saferplan.IntegrationTest;
import org.saferplan.audit.AuditFilter;
import org.saferplan.audit.AuditTrail;
import org.saferplan.evidence.web.DatasetForm;
import org.saferplan.governance.Partnerships;
import org.saferplan.web.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The importers on real (Defra) and realistic (ISB 1594, NRM) files, and the generic upload's validation. */
@IntegrationTest
class EvidenceImportTests {

    static final Path FLYTIPPING = Path.of("..", "shared", "data", "flytipping");
    static final Set<String> DORSET_DISTRICTS =
            Set.of("East Dorset", "North Dorset", "Purbeck", "West Dorset", "Weymouth and Portland");
    static final Set<String> BCP_DISTRICTS = Set.of("Bournemouth", "Christchurch", "Poole");

    @Autowired
    Datasets datasets;

    @Autowired
    EvidenceSeries series;

    @Autowired
    Partnerships partnerships;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    long dorset() {
        return partnerships.findBySlug("dorset").orElseThrow().id();
    }

    String owner() {
        return String.valueOf(
                partnerships.partners(dorset()).get(0).organisation().id());
    }

    DatasetForm form(String title, DatasetKind kind, String periodType, String areaCode) {
        return new DatasetForm(
                title + " " + System.nanoTime(),
                kind.name(),
                owner(),
                "PUBLIC",
                kind == DatasetKind.INDICATOR ? "Test source" : "",
                kind == DatasetKind.INDICATOR ? "OGL" : "",
                "",
                periodType,
                kind == DatasetKind.INDICATOR ? "incidents" : "",
                "yes",
                areaCode);
    }

    static UploadedFile file(String name, String text) {
        return new UploadedFile(name, text.getBytes(StandardCharsets.UTF_8));
    }

    static UploadedFile real(String name) throws IOException {
        return new UploadedFile(name, Files.readAllBytes(FLYTIPPING.resolve(name)));
    }

    static UploadedFile resource(String name) throws IOException {
        return new UploadedFile(name, new ClassPathResource("evidence/" + name).getContentAsByteArray());
    }

    /** An independent reading of Defra's file: total of a column by financial year for the named authorities. */
    static Map<String, BigDecimal> sumByYear(String fileName, String column, Set<String> authorities)
            throws IOException {
        var lines = Files.readAllLines(FLYTIPPING.resolve(fileName), StandardCharsets.UTF_8);
        int header = 0;
        while (!lines.get(header).startsWith("Year,ONS Code")) {
            header++;
        }
        var names = List.of(lines.get(header).split(",", -1));
        int index = names.indexOf(column);
        var sums = new HashMap<String, BigDecimal>();
        for (var line : lines.subList(header + 1, lines.size())) {
            var cells = line.split(",", -1);
            if (cells.length > index && authorities.contains(cells[2].strip())) {
                sums.merge(cells[0], new BigDecimal(cells[index]), BigDecimal::add);
            }
        }
        return sums;
    }

    Map<String, BigDecimal> stored(EvidenceDataset dataset, String area) {
        return series.series(dorset(), dataset.id(), List.of(area), null, null).stream()
                .collect(Collectors.toMap(EvidencePoint::period, EvidencePoint::value));
    }

    @Test
    void flyTippingIncidentsOfAbolishedDistrictsAreAddedIntoTheirSuccessors() throws IOException {
        var result = datasets.create(
                dorset(),
                form("Fly-tipping", DatasetKind.FLY_TIPPING, "", ""),
                real("LA_incidents_201213_to_201718.csv"),
                false);
        var dataset = result.dataset();
        assertThat(dataset.unit()).isEqualTo("fly-tipping incidents");
        assertThat(dataset.periodType()).isEqualTo(PeriodType.FINANCIAL_YEAR);

        var expected = sumByYear("LA_incidents_201213_to_201718.csv", "Total Incidents", DORSET_DISTRICTS);
        assertThat(expected).hasSize(6).containsEntry("2016-17", new BigDecimal(658 + 355 + 426 + 496 + 486));
        var dorsetCouncil = stored(dataset, "E06000059");
        assertThat(dorsetCouncil).hasSize(6);
        expected.forEach(
                (year, total) -> assertThat(dorsetCouncil.get(year)).as(year).isEqualByComparingTo(total));

        // Poole shows no figure (:) for 2014-15 and 2015-16, so the successor has no total those years.
        var bcp = stored(dataset, "E06000058");
        assertThat(bcp).containsOnlyKeys("2012-13", "2013-14", "2016-17", "2017-18");
        assertThat(bcp.get("2016-17")).isEqualByComparingTo(new BigDecimal(1556 + 255 + 714));
        assertThat(result.notes())
                .anyMatch(n -> n.contains("No total for E06000058 in 2014-15") && n.contains("Poole"));
        assertThat(result.notes())
                .anyMatch(n -> n.startsWith("Added up into Dorset (E06000059)") && n.contains("Purbeck (E07000051)"));

        // An authority whose code ONS geography knows is stored under it unchanged (Wiltshire, 2016-17).
        assertThat(stored(dataset, "E06000054").get("2016-17"))
                .isEqualByComparingTo(
                        sumByYear("LA_incidents_201213_to_201718.csv", "Total Incidents", Set.of("Wiltshire"))
                                .get("2016-17"));
        assertThat(result.notes().get(0)).contains("skipped 60 England and region total rows");
        // Breakdowns by land type are summed the same way.
        var highways = series.breakdown(dorset(), dataset.id(), "Land type", List.of("E06000059"), null, null).stream()
                .filter(p ->
                        p.category().equals("Highway Incidents") && p.period().equals("2016-17"))
                .findFirst()
                .orElseThrow();
        assertThat(highways.value()).isEqualByComparingTo(new BigDecimal(349 + 233 + 334 + 323 + 167));
    }

    @Test
    void flyTippingActionsAreReadFromTheirOwnTable() throws IOException {
        var result = datasets.create(
                dorset(),
                form("Fly-tipping actions", DatasetKind.FLY_TIPPING, "", ""),
                real("LA_actions_201213_to_201718.csv"),
                false);
        assertThat(result.dataset().unit()).isEqualTo("fly-tipping enforcement actions");
        var expected = sumByYear("LA_actions_201213_to_201718.csv", "Total Actions", DORSET_DISTRICTS);
        var stored = stored(result.dataset(), "E06000059");
        expected.forEach((year, total) -> assertThat(stored.get(year)).as(year).isEqualByComparingTo(total));
    }

    @Test
    void unmatchedAuthoritiesAreListedAndLeftOut() {
        var text = "Fly-tipping incidents reported by local authorities in England\n,,,,TOTAL\n"
                + "Year,ONS Code,LA Name,Region,Total Incidents\n"
                + "2017-18,E07000048,Christchurch,South West,282\n"
                + "2017-18,E07000999,Nowhere Vale,South West,15\n";
        var result = datasets.create(
                dorset(), form("Unmatched", DatasetKind.FLY_TIPPING, "", ""), file("tiny.csv", text), false);
        assertThat(result.notes())
                .anyMatch(n -> n.startsWith("Not imported") && n.contains("Nowhere Vale (E07000999)"));
        assertThat(stored(result.dataset(), "E06000058")).containsEntry("2017-18", new BigDecimal("282"));
    }

    @Test
    void aFileWithoutDefrasHeaderIsRefused() {
        assertRefusedWithNothingStored(
                DatasetKind.FLY_TIPPING,
                "",
                file("other.csv", "a,b\n1,2\n"),
                "other.csv: no header row found; expected Defra's layout");
    }

    @Test
    void assaultRecordsAreCountedByMonthLocationMethodAndLsoaWithoutPatientDetail() throws IOException {
        var result = datasets.create(
                dorset(),
                form("A&E assaults", DatasetKind.ASSAULTS, "", "E06000059"),
                resource("isb1594-assaults.csv"),
                false);
        var id = result.dataset().id();
        assertThat(result.dataset().sharing()).isEqualTo(Sharing.PUBLIC);
        assertThat(stored(result.dataset(), "E06000059"))
                .containsOnly(Map.entry("2024-01", new BigDecimal(6)), Map.entry("2024-02", new BigDecimal(4)));
        assertThat(counts(id, AssaultImporter.METHOD, "2024-01"))
                .containsOnly(
                        Map.entry("Body part (fists, feet, head)", 4L),
                        Map.entry("Glass or bottle", 1L),
                        Map.entry("Knife or sharp instrument", 1L));
        assertThat(counts(id, AssaultImporter.METHOD, "2024-02"))
                .containsOnly(
                        Map.entry("Other", 1L),
                        Map.entry("Body part (fists, feet, head)", 1L),
                        Map.entry("Blunt object", 1L),
                        Map.entry("Not known", 1L));
        assertThat(counts(id, AssaultImporter.LOCATION, "2024-01"))
                .containsOnly(
                        Map.entry("Licensed premises (pub, club, bar)", 3L),
                        Map.entry("Street or public place", 2L),
                        Map.entry(AssaultImporter.HOME, 1L));
        assertThat(counts(id, AssaultImporter.CROSSED, "2024-01"))
                .containsEntry("Licensed premises (pub, club, bar) · Body part (fists, feet, head)", 2L);
        // Five assaults share one place once case, spaces and punctuation are folded: it is kept by name.
        assertThat(counts(id, AssaultImporter.NAMED, "2024-01"))
                .containsOnly(
                        Map.entry("bar rumba st thomas street", 3L),
                        Map.entry("Other named places (fewer than 5 each)", 2L));
        assertThat(counts(id, AssaultImporter.DAY, "2024-01")).containsEntry("Saturday", 3L);
        // LSOAs: given (E01020553 twice in January) or from coordinates (E01020551, and E01020553 in February).
        assertThat(stored(result.dataset(), "E01020551")).containsOnly(Map.entry("2024-01", BigDecimal.ONE));
        assertThat(stored(result.dataset(), "E01020553"))
                .containsOnly(Map.entry("2024-01", new BigDecimal(2)), Map.entry("2024-02", BigDecimal.ONE));
        // Nothing about one patient: no home address, no method description, no arrival time.
        var text = jdbc.sql("SELECT string_agg(dimension || ' ' || category || ' ' || period, ' ') FROM evidence_value"
                        + " WHERE version_id = :v")
                .param("v", result.dataset().currentVersionId())
                .query(String.class)
                .single()
                .toLowerCase();
        assertThat(text).doesNotContain("acacia", "chair", "00:40", "rumba,");
    }

    private Map<String, Long> counts(long id, String dimension, String period) {
        return series.breakdown(dorset(), id, dimension, List.of("E06000059"), null, null).stream()
                .filter(p -> p.period().equals(period))
                .collect(
                        Collectors.toMap(EvidencePoint::category, p -> p.value().longValueExact()));
    }

    @Test
    void assaultFilesWithPatientDetailsAreRefused() {
        var text = "assault_date_time,assault_method,assault_location_type,nhs_number,date_of_birth\n"
                + "2024-01-05 23:50,Body part,Street,9434765919,1990-01-01\n";
        assertRefusedWithNothingStored(
                DatasetKind.ASSAULTS,
                "E06000059",
                file("ae.csv", text),
                "ae.csv, row 1, column D: found the column \"nhs_number\", which is not in the ISB 1594 minimum data"
                        + " set");
    }

    @Test
    void assaultRowsAreChecked() {
        var text = "assault_date_time,arrival_date_time,assault_method,assault_location_type,latitude,longitude\n"
                + "2024-13-05 23:50,,Body part,Street,,\n"
                + "2024-01-05 23:50,2024-01-05 22:00,Spoon,Street,,\n"
                + "2024-01-05 23:50,,Body part,Moon,50.6,\n";
        startWith(
                refuse(DatasetKind.ASSAULTS, "E06000059", file("ae.csv", text)),
                "ae.csv, row 2, column assault_date_time: found \"2024-13-05 23:50\"; expected a date and time",
                "ae.csv, row 3, column arrival_date_time: the arrival at A&E (2024-01-05T22:00) is before the assault",
                "ae.csv, row 3, column assault_method: found \"Spoon\"; expected one of:",
                "ae.csv, row 4, column assault_location_type: found \"Moon\"",
                "ae.csv, row 4: expected both latitude and longitude, or neither");
    }

    @Test
    void nrmReferralsGiveTheShareFromFirstRespondersOtherThanThePolice() throws IOException {
        var result = datasets.create(
                dorset(), form("NRM", DatasetKind.NRM_REFERRALS, "", ""), resource("nrm-referrals.csv"), false);
        var dataset = result.dataset();
        assertThat(dataset.additive()).isFalse();
        var points = series.series(dorset(), dataset.id(), List.of("E06000059"), null, null);
        assertThat(points).extracting(EvidencePoint::period).containsExactly("2023-Q1", "2023-Q2");
        // 2023-Q1: 14 police of 32, so 18 others: 56.3%. 2023-Q2: 11 police of 34 (UKVI and the Salvation Army
        // counted as a government agency and an NGO), so 23 others: 67.6%.
        assertThat(points.get(0).numerator()).isEqualByComparingTo("18");
        assertThat(points.get(0).denominator()).isEqualByComparingTo("32");
        assertThat(points.get(0).value()).isEqualByComparingTo("56.3");
        assertThat(points.get(1).numerator()).isEqualByComparingTo("23");
        assertThat(points.get(1).denominator()).isEqualByComparingTo("34");
        assertThat(points.get(1).value()).isEqualByComparingTo("67.6");
        // A suppressed count leaves the share missing, said so; the other counts are kept.
        assertThat(series.series(dorset(), dataset.id(), List.of("E06000058"), null, null))
                .isEmpty();
        assertThat(result.notes())
                .contains("No share for E06000058 in 2023-Q1: the count for Local authority is"
                        + " suppressed in the source.");
        assertThat(series.breakdown(dorset(), dataset.id(), NrmImporter.DIMENSION, List.of("E06000058"), null, null))
                .extracting(p -> p.category() + "=" + p.value().toPlainString())
                .containsExactlyInAnyOrder("Police=20", "Government agency=7", "NGO=5");
        // Both areas together: (18 + 0) ... only periods both have, so none here.
        assertThat(series.combined(dorset(), dataset.id(), List.of("E06000058", "E06000059"), null, null))
                .isEmpty();
        assertThat(series.combined(dorset(), dataset.id(), List.of("E06000059"), null, null)
                        .get(1)
                        .value())
                .isEqualByComparingTo("67.6");
    }

    @Test
    void nrmRowsAreChecked() {
        var text = "period,area_code,first_responder_type,referrals\n"
                + "2023-Q5,E06000059,Police,3\n2023-Q1,E06000059,Astrologers,3\n2023-Q1,E06000059,Police,-2\n"
                + "2023-Q1,E06000059,NGO,1\n2023-Q1,E06000059,ngo,2\n";
        startWith(
                refuse(DatasetKind.NRM_REFERRALS, "", file("nrm.csv", text)),
                "nrm.csv, row 2, column period: found \"2023-Q5\"; expected a quarter written like 2021-Q2",
                "nrm.csv, row 3, column first_responder_type: found \"Astrologers\"",
                "nrm.csv, row 4, column referrals: found \"-2\"; expected a whole number of 0 or more",
                "nrm.csv, row 6: NGO referrals for E06000059 in 2023-Q1 are already on row 5");
    }

    static final String HEADER = "area_code,period,value,numerator,denominator\n";

    @Test
    void everyProblemOfAnIndicatorFileIsReportedWithRowAndColumnAndNothingIsStored() {
        var text = HEADER
                + "E06000059,2021-04,12,,\n"
                + "E07000048,2021-05,12,,\n"
                + "E06000059,2021-13,12,,\n"
                + "E06000059,2021-06,twelve,,\n"
                + "E06000059,2021-07,40,30,20\n"
                + "E06000059,2021-04,13,,\n"
                + "nonsense,2021-08,1,,\n";
        assertThat(refuse(DatasetKind.INDICATOR, "", file("values.csv", text)))
                .containsExactly(
                        "values.csv, row 3, column area_code: found E07000048, which is not an area in SaferPlan's ONS"
                                + " geography; expected a current GSS code (a local authority, CSP, police force area, ward"
                                + " or LSOA)",
                        "values.csv, row 4, column period: found \"2021-13\"; expected a month written like 2021-04",
                        "values.csv, row 5, column value: found \"twelve\"; expected a number such as 412 or 12.5",
                        "values.csv, row 6, column numerator: the numerator 30 is larger than the denominator 20; expected a"
                                + " numerator no larger than its denominator",
                        "values.csv, row 7: area E06000059 and period 2021-04 are already on row 2; expected each area and"
                                + " period once",
                        "values.csv, row 8, column area_code: found \"NONSENSE\"; expected a GSS area code such as E06000059"
                                + " (local authority) or E01015272 (LSOA)");
    }

    @Test
    void wrongColumnsAreNamed() {
        assertThat(refuse(
                        DatasetKind.INDICATOR,
                        "",
                        file("cols.csv", "area,period,value,colour\nE06000059,2021-04," + "1,red\n")))
                .containsExactly(
                        "cols.csv, row 1, column A: found the column \"area\"; expected only area_code, period, value,"
                                + " numerator and denominator",
                        "cols.csv, row 1, column D: found the column \"colour\"; expected only area_code, period, value,"
                                + " numerator and denominator",
                        "cols.csv, row 1: the header has no area_code column; expected a header row area_code,period,value"
                                + " (numerator and denominator optional)");
        assertThat(refuse(DatasetKind.INDICATOR, "", file("empty.csv", "")))
                .containsExactly("empty.csv is empty: choose a CSV or XLSX file");
    }

    @Test
    void aRefusedNewVersionLeavesTheCurrentOneAndTheSameFileChangesNothing() {
        var first = datasets.create(
                dorset(),
                form("Versions", DatasetKind.INDICATOR, "FINANCIAL_YEAR", ""),
                file("v1.csv", HEADER + "E06000059,2020-21,10,,\nE06000058,2020-21,20,,\n"),
                false);
        var dataset = first.dataset();
        assertThatThrownBy(() -> datasets.upload(
                        dorset(), dataset.id(), file("bad.csv", HEADER + "E06000059,2021-22,x,,\n"), null))
                .isInstanceOf(InvalidInputException.class);
        assertThat(datasets.versions(dataset.id())).hasSize(1);

        var same = datasets.upload(
                dorset(),
                dataset.id(),
                file("v1-again.csv", HEADER + "E06000059,2020-21,10,,\nE06000058,2020-21,20,,\n"),
                null);
        assertThat(same.changed()).isFalse();
        assertThat(datasets.versions(dataset.id())).hasSize(1);

        var second = datasets.upload(
                dorset(),
                dataset.id(),
                file("v2.csv", HEADER + "E06000059,2020-21,11,,\n" + "E06000059,2021-22,14,,\n"),
                null);
        assertThat(second.changed()).isTrue();
        assertThat(datasets.versions(dataset.id())).hasSize(2);
        assertThat(stored(second.dataset(), "E06000059"))
                .containsOnly(Map.entry("2020-21", new BigDecimal(11)), Map.entry("2021-22", new BigDecimal(14)));
        assertThat(stored(second.dataset(), "E06000058")).isEmpty();
        var entries =
                audit.find(new AuditFilter(dorset(), Datasets.RECORD_TYPE, String.valueOf(dataset.id()), null, 10));
        assertThat(entries).extracting(AuditEntry -> AuditEntry.action()).containsExactly("updated", "created");
    }

    @Test
    void xlsxFilesAreReadLikeCsv() throws IOException {
        var out = new ByteArrayOutputStream();
        try (var workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("values");
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("area_code");
            header.createCell(1).setCellValue("period");
            header.createCell(2).setCellValue("value");
            header.createCell(3).setCellValue("numerator");
            header.createCell(4).setCellValue("denominator");
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("E06000059");
            row.createCell(1).setCellValue("2022");
            row.createCell(2).setCellValue(12.5);
            row.createCell(3).setCellValue(25);
            row.createCell(4).setCellValue(200);
            var bad = sheet.createRow(2);
            bad.createCell(0).setCellValue("E06000059");
            bad.createCell(1).setCellValue("2023");
            bad.createCell(2).setCellValue(1);
            workbook.write(out);
        }
        var result = datasets.create(
                dorset(),
                form("Xlsx", DatasetKind.INDICATOR, "YEAR", ""),
                new UploadedFile("values.xlsx", out.toByteArray()),
                false);
        var points = series.series(dorset(), result.dataset().id(), List.of("E06000059"), null, null);
        assertThat(points).hasSize(2);
        assertThat(points.get(0).value()).isEqualByComparingTo("12.5");
        assertThat(points.get(0).numerator()).isEqualByComparingTo("25");
        assertThat(points.get(0).denominator()).isEqualByComparingTo("200");
        assertThat(points.get(1).period()).isEqualTo("2023");
    }

    @Test
    void restrictedOrIllustrativeDataIsNeverPublishedAndSmallCountsAreSuppressed() throws IOException {
        var restricted = datasets.create(
                        dorset(),
                        new DatasetForm(
                                "Restricted NRM " + System.nanoTime(),
                                "NRM_REFERRALS",
                                owner(),
                                "RESTRICTED",
                                "",
                                "",
                                "",
                                "",
                                "",
                                "yes",
                                ""),
                        resource("nrm-referrals.csv"),
                        false)
                .dataset();
        var points = series.breakdown(dorset(), restricted.id(), NrmImporter.DIMENSION, List.of(), null, null);
        assertThat(series.forPublication(restricted, points)).isEmpty();
        var open = datasets.create(
                        dorset(),
                        form("Public NRM", DatasetKind.NRM_REFERRALS, "", ""),
                        resource("nrm-referrals.csv"),
                        false)
                .dataset();
        var published = series.forPublication(
                open, series.breakdown(dorset(), open.id(), NrmImporter.DIMENSION, List.of("E06000059"), null, null));
        assertThat(published)
                .extracting(p -> p.period() + " " + p.category())
                .contains("2023-Q1 Police", "2023-Q1 Local authority", "2023-Q1 Government agency")
                .doesNotContain("2023-Q1 NGO", "2023-Q2 NGO", "2023-Q2 Other or unknown");
    }

    /** Each problem starts with the expected text, in order, and there are no others. */
    private static void startWith(List<String> problems, String... expected) {
        assertThat(problems).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertThat(problems.get(i)).startsWith(expected[i]);
        }
    }

    private void assertRefusedWithNothingStored(DatasetKind kind, String area, UploadedFile file, String problem) {
        assertThat(refuse(kind, area, file)).anyMatch(message -> message.startsWith(problem));
    }

    /** The problems of a refused new dataset, after checking that nothing of it was stored. */
    private List<String> refuse(DatasetKind kind, String area, UploadedFile file) {
        long before = jdbc.sql("SELECT count(*) FROM evidence_value")
                .query(Long.class)
                .single();
        int datasetsBefore = datasets.all(dorset()).size();
        var form = form("Refused", kind, kind == DatasetKind.INDICATOR ? "MONTH" : "", area);
        try {
            datasets.create(dorset(), form, file, false);
        } catch (InvalidInputException e) {
            assertThat(datasets.all(dorset())).hasSize(datasetsBefore);
            assertThat(jdbc.sql("SELECT count(*) FROM evidence_value")
                            .query(Long.class)
                            .single())
                    .isEqualTo(before);
            return e.problems().stream()
                    .map(InvalidInputException.Problem::message)
                    .toList();
        }
        throw new AssertionError("the file was accepted");
    }
}
