package org.saferplan.crime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.saferplan.crime.TestFiles.STREET_HEADER;
import static org.saferplan.crime.TestFiles.street;
import static org.saferplan.crime.TestFiles.streetFile;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.saferplan.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class StreetImportTests {

    static final Path POLICE_UK = Path.of("..", "shared", "data", "police-uk");
    static final String CRIME_TYPES = "Anti-social behaviour, Bicycle theft, Burglary, Criminal damage and arson, "
            + "Drugs, Other crime, Other theft, Possession of weapons, Public order, Robbery, Shoplifting, "
            + "Theft from the person, Vehicle crime, Violence and sexual offences";

    @Autowired
    CrimeImports imports;

    @Autowired
    JdbcClient jdbc;

    final TestFiles files = new TestFiles();

    @Test
    void refusesAFileNotNamedLikeAPoliceUkFile() {
        assertRefused(
                "street.csv",
                streetFile("2031-01", 2),
                "street.csv: is not named like a police.uk file: "
                        + "expected a police.uk file name like 2018-10-dorset-street.csv (YYYY-MM-<force>-street.csv, "
                        + "-outcomes.csv or -stop-and-search.csv)");
        assertRefused(
                "2031-13-test-name-street.csv",
                streetFile("2031-13", 2),
                "2031-13-test-name-street.csv: is "
                        + "not named like a police.uk file: expected a police.uk file name like 2018-10-dorset-street.csv "
                        + "(YYYY-MM-<force>-street.csv, -outcomes.csv or -stop-and-search.csv)");
    }

    @Test
    void refusesAWrongHeaderAndShowsTheExpectedOne() {
        assertRefused(
                "2031-01-test-header-street.csv",
                "Crime ID,Month,Force,Longitude,Latitude\n" + street("2031-01", "E01015301", "Drugs", "") + "\n",
                "2031-01-test-header-street.csv, line 1: the header is not that of a police.uk street file: "
                        + "expected " + STREET_HEADER);
    }

    @Test
    void refusesALineWithTheWrongNumberOfColumns() {
        assertRefused(
                "2031-01-test-columns-street.csv",
                STREET_HEADER + "\n" + street("2031-01", "E01015301", "Drugs", "") + "\n"
                        + ",2031-01,Test Force,Test Force,,\n",
                "2031-01-test-columns-street.csv, line 3: has 6 columns: expected 12 as in the police.uk street "
                        + "header");
    }

    @Test
    void refusesAMonthThatIsNotAMonthOrNotTheFilesMonth() {
        assertRefused(
                "2031-01-test-month-street.csv",
                STREET_HEADER + "\n" + street("2031/01", "E01015301", "Drugs", "") + "\n",
                "2031-01-test-month-street.csv, line 2: column Month has \"2031/01\": expected a month like 2031-01");
        assertRefused(
                "2031-01-test-month-street.csv",
                STREET_HEADER + "\n" + street("2031-01", "E01015301", "Drugs", "") + "\n"
                        + street("2031-02", "E01015301", "Drugs", "") + "\n",
                "2031-01-test-month-street.csv, line 3: column Month has \"2031-02\": expected 2031-01, the month "
                        + "in the file name");
    }

    @Test
    void refusesCoordinatesOutsideTheUkOrHalfPresent() {
        var outside = street("2031-01", "E01015301", "Drugs", "").replace("-1.890382", "12.5");
        assertRefused(
                "2031-01-test-place-street.csv",
                STREET_HEADER + "\n" + outside + "\n",
                "2031-01-test-place-street.csv, line 2: column Longitude has \"12.5\": expected a longitude in the "
                        + "United Kingdom, between -8.7 and 1.8");
        var south = street("2031-01", "E01015301", "Drugs", "").replace("50.766408", "48.1");
        assertRefused(
                "2031-01-test-place-street.csv",
                STREET_HEADER + "\n" + south + "\n",
                "2031-01-test-place-street.csv, line 2: column Latitude has \"48.1\": expected a latitude in the "
                        + "United Kingdom, between 49.8 and 60.9");
        var half = street("2031-01", "E01015301", "Drugs", "").replace("50.766408", "");
        assertRefused(
                "2031-01-test-place-street.csv",
                STREET_HEADER + "\n" + half + "\n",
                "2031-01-test-place-street.csv, line 2: has a longitude but no latitude: expected both coordinates "
                        + "or neither");
    }

    @Test
    void refusesAnUnknownCrimeType() {
        assertRefused(
                "2031-01-test-type-street.csv",
                STREET_HEADER + "\n" + street("2031-01", "E01015301", "Car theft", "") + "\n",
                "2031-01-test-type-street.csv, line 2: column Crime type has \"Car theft\": expected one of the 14 "
                        + "police.uk crime types (" + CRIME_TYPES + ")");
    }

    @Test
    void refusesAnUnknownOutcomeButReadsBothPenaltyNoticeSpellingsInAnyCase() {
        assertRefused(
                "2031-01-test-outcome-street.csv",
                STREET_HEADER + "\n" + street("2031-01", "E01015301", "Drugs", "Offender given a medal") + "\n",
                "2031-01-test-outcome-street.csv, line 2: column Last outcome category has \"Offender given a "
                        + "medal\": expected a police.uk outcome category (such as Under investigation, or Offender "
                        + "given a caution) or nothing");
        var result = imports.runNow(
                "test",
                List.of(files.file(
                        "2031-01-test-penalty-street.csv",
                        STREET_HEADER
                                + "\n" + street("2031-01", "E01015301", "Drugs", "Offender given a penalty notice")
                                + "\n"
                                + street("2031-01", "E01015301", "Drugs", "OFFENDER GIVEN PENALTY NOTICE") + "\n")));
        assertThat(result.problems()).isEmpty();
        assertThat(jdbc.sql("""
                        SELECT DISTINCT o.name FROM crime_street s JOIN crime_force f ON f.id = s.force_id
                        JOIN crime_outcome_type o ON o.id = s.last_outcome_id WHERE f.slug = 'test-penalty'
                        """).query(String.class).list()).containsExactly("Offender given penalty notice");
    }

    @Test
    void refusesAnEmptyFile() {
        assertRefused(
                "2031-01-test-empty-street.csv",
                "",
                "2031-01-test-empty-street.csv: is empty: expected the " + "police.uk street header " + STREET_HEADER
                        + " and data rows");
    }

    @Test
    void refusesAFileThatIsNotUtf8() {
        var latin1 = (STREET_HEADER + "\n" + street("2031-01", "E01015301", "Drugs", "") + "\n"
                        + street("2031-01", "E01015301", "Drugs", "").replace("Ashridge", "Caf\u00e9") + "\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertRefused(
                List.of(files.file("2031-01-test-latin1-street.csv", latin1)),
                "2031-01-test-latin1-street.csv, line 3: is not UTF-8 text: save it as CSV UTF-8 and import it "
                        + "again");
    }

    @Test
    void refusesMalformedCsv() {
        var row = street("2031-01", "E01015301", "Drugs", "")
                .replace("On or near Ashridge Avenue", "\"On or near\" Ashridge Avenue");
        var result = imports.runNow(
                "test", List.of(files.file("2031-01-test-quotes-street.csv", STREET_HEADER + "\n" + row + "\n")));
        assertThat(result.failed()).isTrue();
        assertThat(result.problems())
                .extracting(ImportProblem::toString)
                .singleElement()
                .satisfies(problem -> {
                    assertThat(problem)
                            .startsWith("2031-01-test-quotes-street.csv, line 2: is not well-formed CSV here (");
                    assertThat(problem)
                            .endsWith("): expected comma-separated fields, quoted with \" where they contain "
                                    + "commas");
                });
    }

    @Test
    void acceptsAByteOrderMarkAndStoresRowsWithoutLocationAsNoLocation() {
        var content = "\uFEFF" + streetFile("2031-02", 9);
        var result = imports.runNow("test", List.of(files.file("2031-02-test-bom-street.csv", content)));
        assertThat(result.problems()).isEmpty();
        assertThat(result.results()).singleElement().satisfies(file -> {
            assertThat(file.rows()).isEqualTo(9);
            assertThat(file.noLocationRows()).isEqualTo(3);
            assertThat(file.outcome()).isEqualTo(FileResult.IMPORTED);
        });
        assertThat(storedRows("test-bom", "2031-02")).isEqualTo(9);
        assertThat(jdbc.sql("""
                        SELECT c.crimes FROM crime_cube c JOIN crime_force f ON f.id = c.force_id
                        WHERE f.slug = 'test-bom' AND c.lsoa_code IS NULL
                        """).query(Long.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("SELECT name FROM crime_force WHERE slug = 'test-bom'")
                        .query(String.class)
                        .single())
                .isEqualTo("Test Force");
    }

    @Test
    void collectsAtMostFiftyProblems() {
        var lines = new ArrayList<String>();
        lines.add(STREET_HEADER);
        for (int i = 0; i < 80; i++) {
            lines.add(street("2031-01", "E01015301", "Car theft", ""));
        }
        var result =
                imports.runNow("test", List.of(files.file("2031-01-test-many-street.csv", String.join("\n", lines))));
        assertThat(result.problems()).hasSize(50);
        assertThat(result.problems().get(49).line()).isEqualTo(51);
    }

    @Test
    void importingTheSameFileAgainChangesNothing() {
        var file = files.file("2031-03-test-again-street.csv", streetFile("2031-03", 7));
        assertThat(imports.runNow("test", List.of(file)).results())
                .extracting(FileResult::outcome)
                .containsExactly(FileResult.IMPORTED);
        var before = fingerprint();
        var again = imports.runNow("test", List.of(file));
        assertThat(again.succeeded()).isTrue();
        assertThat(again.results()).singleElement().satisfies(result -> {
            assertThat(result.outcome()).isEqualTo(FileResult.UNCHANGED);
            assertThat(result.rows()).isEqualTo(7);
        });
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void aNewerReleaseOfTheSameForceMonthReplacesTheOlder() {
        imports.runNow("test", List.of(files.file("2031-04-test-newer-street.csv", streetFile("2031-04", 7))));
        assertThat(storedRows("test-newer", "2031-04")).isEqualTo(7);
        var newer = imports.runNow(
                "test", List.of(files.file("2031-04/2031-04-test-newer-street.csv", streetFile("2031-04", 4))));
        assertThat(newer.results()).extracting(FileResult::outcome).containsExactly(FileResult.REPLACED);
        assertThat(storedRows("test-newer", "2031-04")).isEqualTo(4);
        assertThat(jdbc.sql("""
                        SELECT f.rows, f.no_location_rows, f.file_name,
                               (SELECT sum(crimes) FROM crime_cube c WHERE c.force_id = f.force_id AND c.month = f.month)
                        FROM crime_file f JOIN crime_force force ON force.id = f.force_id
                        WHERE force.slug = 'test-newer' AND f.kind = 'street'
                        """)
                        .query((rs, row) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                        .single())
                .containsExactly("4", "1", "2031-04/2031-04-test-newer-street.csv", "4");
    }

    @Test
    void anImportWhoseLastFileIsBadLeavesTheEarlierMonthsExactlyAsTheyWere() {
        imports.runNow(
                "test",
                List.of(
                        files.file("2031-05-test-interrupted-street.csv", streetFile("2031-05", 6)),
                        files.file("2031-06-test-interrupted-street.csv", streetFile("2031-06", 5))));
        var before = fingerprint();
        var result = imports.runNow(
                "test",
                List.of(
                        files.file("2031-05-test-interrupted-street.csv", streetFile("2031-05", 2)),
                        files.file("2031-06-test-interrupted-street.csv", streetFile("2031-06", 3)),
                        files.file(
                                "2031-07-test-interrupted-street.csv",
                                streetFile("2031-07", 3).replace("Burglary", "Burglarly"))));
        assertThat(result.failed()).isTrue();
        assertThat(result.problems())
                .extracting(ImportProblem::toString)
                .contains("2031-07-test-interrupted-street.csv, line 3: column Crime type has \"Burglarly\": expected"
                        + " one of the 14 police.uk crime types (" + CRIME_TYPES + ")");
        assertThat(fingerprint()).isEqualTo(before);
        assertThat(storedRows("test-interrupted", "2031-05")).isEqualTo(6);
        assertThat(storedRows("test-interrupted", "2031-06")).isEqualTo(5);
        assertThat(storedRows("test-interrupted", "2031-07")).isZero();
    }

    /** Prints rows/s (not asserted: the machine is shared): three rounds, the first includes JIT warm-up. */
    private void assertRefused(String name, String content, String expectedProblem) {
        assertRefused(List.of(files.file(name, content)), expectedProblem);
    }

    private void assertRefused(List<SourceFile> sources, String expectedProblem) {
        var before = fingerprint();
        var result = imports.runNow("test", sources);
        assertThat(result.failed()).isTrue();
        assertThat(result.rows()).isZero();
        assertThat(result.problems()).extracting(ImportProblem::toString).contains(expectedProblem);
        assertThat(fingerprint()).isEqualTo(before);
    }

    private long storedRows(String force, String month) {
        return jdbc.sql("""
                        SELECT count(*) FROM crime_street s JOIN crime_force f ON f.id = s.force_id
                        WHERE f.slug = :force AND s.month = CAST(:month || '-01' AS DATE)
                        """)
                .param("force", force)
                .param("month", month)
                .query(Long.class)
                .single();
    }

    /** Row counts and content hashes of the whole archive, to prove an import changed nothing. */
    List<Long> fingerprint() {
        return jdbc.sql("""
                        SELECT (SELECT count(*) FROM crime_street), (SELECT coalesce(sum(hashtext(s::text)), 0)
                                                                     FROM crime_street s),
                               (SELECT count(*) FROM crime_cube), (SELECT coalesce(sum(hashtext(c::text)), 0)
                                                                   FROM crime_cube c),
                               (SELECT count(*) FROM crime_file), (SELECT coalesce(sum(hashtext(f::text)), 0)
                                                                   FROM crime_file f),
                               (SELECT count(*) FROM crime_outcome), (SELECT count(*) FROM crime_stop_search),
                               (SELECT count(*) FROM crime_force)
                        """)
                .query((rs, row) -> {
                    var values = new ArrayList<Long>();
                    for (int i = 1; i <= 9; i++) {
                        values.add(rs.getLong(i));
                    }
                    return values;
                })
                .single();
    }
}
