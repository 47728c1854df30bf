package org.saferplan.crime;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.saferplan.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every LSOA's located crime, kept month by month, adds up to one count over the whole period. */
@IntegrationTest
class NationalLocatedCrimeTests {

    @Autowired
    NationalLocatedCrime national;

    @Autowired
    CrimeImports imports;

    @Autowired
    JdbcClient jdbc;

    private final TestFiles files = new TestFiles();

    @Test
    void periodsMadeOfKeptMonthsMatchOneCountOverThePeriod() {
        // The whole shipped period first: the periods after it are made of months already kept, or partly so.
        for (var period : List.of("2018-10/2019-02", "2018-11/2018-12", "2018-09/2019-03", "2019-02/2019-02")) {
            var from = YearMonth.parse(period.substring(0, 7));
            var to = YearMonth.parse(period.substring(8));
            for (int year : List.of(2019, 2017)) {
                var kept = national.over(from, to, year);
                assertThat(kept).as(period + " with mid-" + year + " estimates").isEqualTo(direct(from, to, year));
            }
        }
        assertThat(national.over(YearMonth.of(2018, 10), YearMonth.of(2019, 2), 2019)
                        .withPopulation())
                .isGreaterThan(800);
    }

    @Test
    void anImportIsCountedAtOnce() {
        var from = YearMonth.of(2018, 10);
        var to = YearMonth.of(2019, 2);
        var before = national.over(from, to, 2019);
        var lines = new StringBuilder(TestFiles.STREET_HEADER).append('\n');
        for (int i = 0; i < 3; i++) {
            lines.append(TestFiles.street("2018-11", "E01015301", "Drugs", "Under investigation")
                            .replace("Test Force", "National Test Force"))
                    .append('\n');
        }
        var result =
                imports.runNow("test", List.of(files.file("2018-11-national-test-force-street.csv", lines.toString())));
        assertThat(result.problems()).isEmpty();
        var after = national.over(from, to, 2019);
        assertThat(after).isEqualTo(direct(from, to, 2019));
        assertThat(after.byType().get("Drugs")).isEqualTo(before.byType().getOrDefault("Drugs", 0L) + 3);
    }

    /** The same figures in two queries over the whole period, as they were worked out before months were kept. */
    private NationalLocatedCrime.Located direct(YearMonth from, YearMonth to, int year) {
        var byType = new HashMap<String, Long>();
        jdbc.sql("""
                        SELECT t.name, sum(c.crimes) AS crimes
                        FROM crime_cube c JOIN crime_type t ON t.id = c.crime_type_id
                        JOIN population_estimate p ON p.area_code = c.lsoa_code AND p.year = :year
                        WHERE c.lsoa_code IS NOT NULL AND c.month BETWEEN :from AND :to
                        GROUP BY t.name
                        """)
                .param("year", year)
                .param("from", Date.valueOf(from.atDay(1)))
                .param("to", Date.valueOf(to.atDay(1)))
                .query((rs, row) -> byType.put(rs.getString("name"), rs.getLong("crimes")))
                .list();
        var figures = jdbc.sql("""
                        WITH located AS (
                          SELECT DISTINCT c.lsoa_code FROM crime_cube c
                          WHERE c.lsoa_code IS NOT NULL AND c.month BETWEEN :from AND :to)
                        SELECT coalesce(sum(p.population), 0) AS population, count(p.population) AS with_population,
                               count(*) AS lsoas
                        FROM located l LEFT JOIN population_estimate p ON p.area_code = l.lsoa_code AND p.year = :year
                        """)
                .param("year", year)
                .param("from", Date.valueOf(from.atDay(1)))
                .param("to", Date.valueOf(to.atDay(1)))
                .query((rs, row) ->
                        new long[] {rs.getLong("population"), rs.getLong("with_population"), rs.getLong("lsoas")})
                .single();
        return new NationalLocatedCrime.Located(byType, figures[0], figures[1], figures[2]);
    }
}
