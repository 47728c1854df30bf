package org.saferplan.crime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.saferplan.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The shipped police.uk files are loaded on first start, and what the archive holds equals an independent count of
 * the real files, read here line by line (they contain no quoted fields, so splitting on commas is exact).
 */
@IntegrationTest
class ReferencePoliceUkTests {

    static final Path POLICE_UK = Path.of("..", "shared", "data", "police-uk");

    @Autowired
    JdbcClient jdbc;

    @Test
    void theCubeHoldsExactlyWhatTheRealFilesSayPerForceMonthAndCrimeType() throws Exception {
        Map<String, Long> expected = new TreeMap<>();
        Map<String, Long> expectedNoLocation = new TreeMap<>();
        Map<String, Long> expectedRows = new TreeMap<>();
        try (var paths = Files.list(POLICE_UK)) {
            for (var path : paths.sorted().toList()) {
                var name = path.getFileName().toString();
                var month = name.substring(0, 7);
                var force = name.substring(8, name.length() - "-street.csv".length());
                var lines = Files.readAllLines(path);
                assertThat(lines.get(0)).isEqualTo(TestFiles.STREET_HEADER);
                for (var line : lines.subList(1, lines.size())) {
                    var fields = line.split(",", -1);
                    assertThat(fields).hasSize(12);
                    expected.merge(force + " " + month + " " + fields[9], 1L, Long::sum);
                    expectedRows.merge(force + " " + month, 1L, Long::sum);
                    if (fields[7].isEmpty()) {
                        expectedNoLocation.merge(force + " " + month, 1L, Long::sum);
                    }
                }
            }
        }
        Map<String, Long> actual = new TreeMap<>();
        jdbc.sql("""
                        SELECT f.slug || ' ' || to_char(c.month, 'YYYY-MM') || ' ' || t.name AS cell, sum(c.crimes)
                        FROM crime_cube c JOIN crime_force f ON f.id = c.force_id JOIN crime_type t ON t.id = c.crime_type_id
                        WHERE f.slug IN ('dorset', 'wiltshire')
                        GROUP BY 1
                        """)
                .query((rs, row) -> actual.put(rs.getString(1), rs.getLong(2)))
                .list();
        assertThat(actual).isEqualTo(expected);

        Map<String, Long> rows = new TreeMap<>();
        Map<String, Long> noLocation = new TreeMap<>();
        jdbc.sql("""
                        SELECT f.slug || ' ' || to_char(cf.month, 'YYYY-MM') AS key, cf.rows, cf.no_location_rows,
                               (SELECT count(*) FROM crime_street s WHERE s.force_id = cf.force_id AND s.month = cf.month)
                                 AS stored,
                               (SELECT coalesce(sum(crimes), 0) FROM crime_cube c WHERE c.force_id = cf.force_id
                                  AND c.month = cf.month AND c.lsoa_code IS NULL) AS cube_no_location
                        FROM crime_file cf JOIN crime_force f ON f.id = cf.force_id
                        WHERE f.slug IN ('dorset', 'wiltshire') AND cf.kind = 'street'
                        """)
                .query((rs, row) -> {
                    assertThat(rs.getLong("stored")).isEqualTo(rs.getLong("rows"));
                    assertThat(rs.getLong("cube_no_location")).isEqualTo(rs.getLong("no_location_rows"));
                    rows.put(rs.getString("key"), rs.getLong("rows"));
                    if (rs.getLong("no_location_rows") > 0) {
                        noLocation.put(rs.getString("key"), rs.getLong("no_location_rows"));
                    }
                    return null;
                })
                .list();
        assertThat(rows)
                .isEqualTo(expectedRows)
                .containsEntry("dorset 2018-10", 6_440L)
                .containsEntry("wiltshire 2019-02", 4_493L);
        assertThat(noLocation).isEqualTo(expectedNoLocation).containsEntry("dorset 2018-10", 271L);
        assertThat(jdbc.sql("SELECT name FROM crime_force WHERE slug = 'dorset'")
                        .query(String.class)
                        .single())
                .isEqualTo("Dorset Police");
    }

    @Test
    void coordinatesAreKeptToTheSixthDecimal() {
        // The first row of 2018-10-dorset-street.csv: -1.890382, 50.766408.
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM crime_street s JOIN crime_force f ON f.id = s.force_id
                        WHERE f.slug = 'dorset' AND s.month = DATE '2018-10-01'
                          AND s.longitude = -1890382 AND s.latitude = 50766408
                        """).query(Long.class).single()).isPositive();
    }
}
