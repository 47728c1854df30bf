package org.saferplan.crime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.saferplan.crime.TestFiles.OUTCOMES_HEADER;
import static org.saferplan.crime.TestFiles.streetFile;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saferplan.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The bulk path of the import (two connections, new tables filled with COPY FREEZE and attached at the end), taken
 * here with small files by lowering the size from which it is used: the same rows, cube and promises as the direct
 * path (atomic, unchanged files change nothing, a newer release replaces, a failure leaves the archive as it was).
 */
@IntegrationTest
class BulkImportTests {

    @Autowired
    CrimeImports imports;

    @Autowired
    PoliceUkImporter importer;

    @Autowired
    JdbcClient jdbc;

    final TestFiles files = new TestFiles();

    @BeforeEach
    void bulkForEveryImport() {
        importer.bulkFrom(0);
    }

    @AfterEach
    void back() {
        importer.bulkFrom(PoliceUkImporter.BULK_BYTES);
    }

    @Test
    void storesTheSameRowsAndCubeAsTheDirectPathAndMakesThemVisibleAtOnce() {
        var content = List.of(streetFile("2033-01", 9), streetFile("2033-02", 7), streetFile("2033-03", 5));
        var bulk = imports.runNow(
                "test",
                List.of(
                        files.file("2033-01-test-bulk-street.csv", content.get(0)),
                        files.file("2033-02-test-bulk-street.csv", content.get(1)),
                        files.file("2033-03-test-bulk-street.csv", content.get(2)),
                        files.file("2033-01-test-bulk-outcomes.csv", outcomes("2033-01"))));
        assertThat(bulk.problems()).isEmpty();
        assertThat(bulk.results())
                .extracting(FileResult::file, FileResult::rows, FileResult::noLocationRows, FileResult::outcome)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("2033-01-test-bulk-street.csv", 9L, 3L, "imported"),
                        org.assertj.core.groups.Tuple.tuple("2033-02-test-bulk-street.csv", 7L, 2L, "imported"),
                        org.assertj.core.groups.Tuple.tuple("2033-03-test-bulk-street.csv", 5L, 1L, "imported"),
                        org.assertj.core.groups.Tuple.tuple("2033-01-test-bulk-outcomes.csv", 2L, 1L, "imported"));
        importer.bulkFrom(Long.MAX_VALUE);
        var direct = imports.runNow(
                "test",
                List.of(
                        files.file("2033-01-test-direct-street.csv", content.get(0)),
                        files.file("2033-02-test-direct-street.csv", content.get(1)),
                        files.file("2033-03-test-direct-street.csv", content.get(2)),
                        files.file("2033-01-test-direct-outcomes.csv", outcomes("2033-01"))));
        assertThat(direct.problems()).isEmpty();
        assertThat(rows("test-bulk")).hasSize(21).isEqualTo(rows("test-direct"));
        assertThat(cube("test-bulk")).isEqualTo(cube("test-direct")).isNotEmpty();
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM crime_outcome o JOIN crime_force f ON f.id = o.force_id
                        WHERE f.slug = 'test-bulk'
                        """).query(Long.class).single()).isEqualTo(2);
        // The bulk rows live in tables of their own, part of the archive tables.
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM ONLY crime_street s JOIN crime_force f ON f.id = s.force_id
                        WHERE f.slug = 'test-bulk'
                        """).query(Long.class).single()).isZero();
        assertThat(unattachedTables()).isZero();
    }

    @Test
    void importingAgainChangesNothingAndANewerReleaseReplaces() {
        var january = files.file("2033-04-test-bulk-again-street.csv", streetFile("2033-04", 6));
        var february = files.file("2033-05-test-bulk-again-street.csv", streetFile("2033-05", 4));
        assertThat(imports.runNow("test", List.of(january, february)).problems())
                .isEmpty();
        var before = fingerprint();
        var again = imports.runNow("test", List.of(january, february));
        assertThat(again.results())
                .extracting(FileResult::outcome)
                .containsExactly(FileResult.UNCHANGED, FileResult.UNCHANGED);
        assertThat(fingerprint()).isEqualTo(before);

        var newer = imports.runNow(
                "test",
                List.of(
                        files.file("2033-04-test-bulk-again-street.csv", streetFile("2033-04", 3)),
                        files.file("2033-06-test-bulk-again-street.csv", streetFile("2033-06", 2))));
        assertThat(newer.results())
                .extracting(FileResult::outcome)
                .containsExactly(FileResult.REPLACED, FileResult.IMPORTED);
        assertThat(jdbc.sql("""
                        SELECT to_char(s.month, 'YYYY-MM') || ' ' || count(*) FROM crime_street s
                        JOIN crime_force f ON f.id = s.force_id WHERE f.slug = 'test-bulk-again'
                        GROUP BY s.month ORDER BY s.month
                        """).query(String.class).list()).containsExactly("2033-04 3", "2033-05 4", "2033-06 2");
        assertThat(jdbc.sql("""
                        SELECT sum(c.crimes) FROM crime_cube c JOIN crime_force f ON f.id = c.force_id
                        WHERE f.slug = 'test-bulk-again' AND c.month = DATE '2033-04-01'
                        """).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void aBulkImportWithOneBadFileStoresNothingAndLeavesNoTablesBehind() {
        imports.runNow(
                "test",
                List.of(
                        files.file("2033-07-test-bulk-bad-street.csv", streetFile("2033-07", 6)),
                        files.file("2033-08-test-bulk-bad-street.csv", streetFile("2033-08", 5))));
        var before = fingerprint();
        var result = imports.runNow(
                "test",
                List.of(
                        files.file("2033-07-test-bulk-bad-street.csv", streetFile("2033-07", 2)),
                        files.file("2033-08-test-bulk-bad-street.csv", streetFile("2033-08", 3)),
                        files.file(
                                "2033-09-test-bulk-bad-street.csv",
                                streetFile("2033-09", 3).replace("Burglary", "Burglarly")),
                        files.file("2033-09-test-bulk-new-street.csv", streetFile("2033-09", 3))));
        assertThat(result.failed()).isTrue();
        assertThat(result.problems())
                .extracting(ImportProblem::toString)
                .containsExactly(
                        "2033-09-test-bulk-bad-street.csv, line 3: column Crime type has \"Burglarly\": expected one of the "
                                + "14 police.uk crime types (" + StreetImportTests.CRIME_TYPES + ")");
        assertThat(fingerprint()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM crime_force WHERE slug = 'test-bulk-new'")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(unattachedTables()).isZero();
    }

    @Test
    void tablesOfAnImportKilledBeforeItsAttachAreNeverSeenAndDroppedByTheNextImport() {
        // What a killed bulk import leaves: a loaded, committed table that never joined crime_street.
        jdbc.sql("CREATE TABLE crime_street_p987654_0 (LIKE crime_street INCLUDING CONSTRAINTS)")
                .update();
        jdbc.sql("""
                        INSERT INTO crime_street_p987654_0 (force_id, crime_type_id, month)
                        SELECT id, 3, DATE '2033-10-01' FROM crime_force LIMIT 1
                        """).update();
        var before = fingerprint();
        assertThat(unattachedTables()).isEqualTo(1);
        assertThat(imports.runNow(
                                "test",
                                List.of(
                                        files.file("2033-10-test-bulk-after-street.csv", streetFile("2033-10", 2)),
                                        files.file("2033-11-test-bulk-after-street.csv", streetFile("2033-11", 2))))
                        .problems())
                .isEmpty();
        assertThat(unattachedTables()).isZero();
        assertThat(fingerprint().get(0)).isEqualTo(before.get(0) + 4);
    }

    private static String outcomes(String month) {
        return OUTCOMES_HEADER + "\n"
                + TestFiles.CRIME_ID + "," + month + ",Test Force,Test Force,-1.890382,50.766408,On or near Ashridge "
                + "Avenue,E01015301,Bournemouth 001A,Offender given a caution\n"
                + TestFiles.CRIME_ID + "," + month + ",Test Force,Test Force,,,No Location,,,Unable to prosecute "
                + "suspect\n";
    }

    private List<String> rows(String force) {
        return jdbc.sql("""
                        SELECT concat_ws('|', s.crime_type_id, s.last_outcome_id, s.month, s.longitude, s.latitude,
                                         s.lsoa_code, encode(s.crime_id, 'hex'), s.location, s.context) AS row
                        FROM crime_street s JOIN crime_force f ON f.id = s.force_id WHERE f.slug = :force ORDER BY 1
                        """).param("force", force).query(String.class).list();
    }

    private List<String> cube(String force) {
        return jdbc.sql("""
                        SELECT concat_ws('|', c.month, c.crime_type_id, c.lsoa_code, c.crimes) FROM crime_cube c
                        JOIN crime_force f ON f.id = c.force_id WHERE f.slug = :force ORDER BY 1
                        """).param("force", force).query(String.class).list();
    }

    private long unattachedTables() {
        return jdbc.sql("""
                        SELECT count(*) FROM pg_class c
                        WHERE c.relkind = 'r' AND c.relname ~ '^crime_(street|outcome|stop_search|cube)_p[0-9]+_[0-9]+$'
                          AND NOT EXISTS (SELECT 1 FROM pg_inherits i WHERE i.inhrelid = c.oid)
                        """).query(Long.class).single();
    }

    /** Row counts and content hashes of the archive tables, to prove an import changed nothing. */
    private List<Long> fingerprint() {
        return jdbc.sql("""
                        SELECT (SELECT count(*) FROM crime_street), (SELECT coalesce(sum(hashtext(s::text)), 0)
                                                                     FROM crime_street s),
                               (SELECT count(*) FROM crime_cube), (SELECT coalesce(sum(hashtext(c::text)), 0)
                                                                   FROM crime_cube c),
                               (SELECT coalesce(sum(hashtext(f::text)), 0) FROM crime_file f),
                               (SELECT count(*) FROM crime_force)
                        """)
                .query((rs, row) -> {
                    var values = new ArrayList<Long>();
                    for (int i = 1; i <= 6; i++) {
                        values.add(rs.getLong(i));
                    }
                    return values;
                })
                .single();
    }
}
