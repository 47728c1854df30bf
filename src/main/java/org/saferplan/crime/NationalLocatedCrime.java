package org.saferplan.crime;

import java.sql.Date;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Located crime of every imported force over a period, for the comparison with all forces: crimes by type in the
 * LSOAs that have a population estimate of the year, and the residents of the LSOAs with any located crime. Over a
 * national year that is a scan of millions of cube cells, so it is worked out month by month and each month kept
 * until the archive changes ({@link CrimeArchiveStamp}): a new period reads only the months no earlier one covered.
 * Counts add up over months, LSOAs do not (an LSOA with crime in every month counts once), so each month keeps the
 * set of its LSOAs and a period takes their union.
 */
@Component
class NationalLocatedCrime {

    /** Months read by one query of the LSOAs: each month is a bit of a BIGINT. */
    static final int MONTHS_PER_QUERY = 60;

    private final JdbcClient jdbc;
    private final CrimeArchiveStamp stamp;

    /** The stamp the kept months were read under; everything below is dropped when it changes. */
    private String keptFor;

    private final Map<MonthOfYear, Map<String, Long>> typesByMonth = new HashMap<>();
    private final Map<YearMonth, BitSet> lsoasByMonth = new HashMap<>();
    private final Map<Integer, Map<String, Long>> populationByYear = new HashMap<>();
    /** LSOA codes by bit index, and back: codes stay codes whatever is imported, so they are never dropped. */
    private final Map<String, Integer> lsoaIndex = new HashMap<>();

    private final List<String> lsoaCodes = new ArrayList<>();

    NationalLocatedCrime(JdbcClient jdbc, CrimeArchiveStamp stamp) {
        this.jdbc = jdbc;
        this.stamp = stamp;
    }

    /**
     * Located crime by type over a set of LSOAs, with their residents and how many of them have an estimate.
     *
     * @param lsoas LSOAs with any located crime in the period
     */
    record Located(Map<String, Long> byType, long population, long withPopulation, long lsoas) {}

    /**
     * Every LSOA's located crime over the period, with population estimates of {@code year}. Synchronized: a
     * second request for the same months waits for the first rather than scanning them again.
     */
    synchronized Located over(YearMonth from, YearMonth to, int year) {
        var now = stamp.now();
        if (!now.equals(keptFor)) {
            typesByMonth.clear();
            lsoasByMonth.clear();
            populationByYear.clear();
            keptFor = now;
        }
        var months = new ArrayList<YearMonth>();
        for (var month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            months.add(month);
        }
        var withoutTypes = months.stream()
                .filter(month -> !typesByMonth.containsKey(new MonthOfYear(month, year)))
                .toList();
        if (!withoutTypes.isEmpty()) {
            readTypes(withoutTypes.get(0), withoutTypes.get(withoutTypes.size() - 1), year);
        }
        var withoutLsoas = months.stream()
                .filter(month -> !lsoasByMonth.containsKey(month))
                .toList();
        if (!withoutLsoas.isEmpty()) {
            readLsoas(withoutLsoas.get(0), withoutLsoas.get(withoutLsoas.size() - 1));
        }
        var byType = new HashMap<String, Long>();
        var lsoas = new BitSet();
        for (var month : months) {
            typesByMonth
                    .get(new MonthOfYear(month, year))
                    .forEach((type, crimes) -> byType.merge(type, crimes, Long::sum));
            lsoas.or(lsoasByMonth.get(month));
        }
        var populations = populationByYear.computeIfAbsent(year, this::readPopulations);
        long population = 0;
        long withPopulation = 0;
        for (int i = lsoas.nextSetBit(0); i >= 0; i = lsoas.nextSetBit(i + 1)) {
            var residents = populations.get(lsoaCodes.get(i));
            if (residents != null) {
                population += residents;
                withPopulation++;
            }
        }
        return new Located(byType, population, withPopulation, lsoas.cardinality());
    }

    /** Crimes by month and type from {@code first} to {@code last}, in LSOAs with an estimate of the year. */
    private void readTypes(YearMonth first, YearMonth last, int year) {
        for (var month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            typesByMonth.put(new MonthOfYear(month, year), new HashMap<>());
        }
        jdbc.sql("""
                        SELECT c.month, t.name, sum(c.crimes) AS crimes
                        FROM crime_cube c JOIN crime_type t ON t.id = c.crime_type_id
                        JOIN population_estimate p ON p.area_code = c.lsoa_code AND p.year = :year
                        WHERE c.lsoa_code IS NOT NULL AND c.month BETWEEN :first AND :last
                        GROUP BY c.month, t.name
                        """)
                .param("year", year)
                .param("first", Date.valueOf(first.atDay(1)))
                .param("last", Date.valueOf(last.atDay(1)))
                .query((rs, row) -> typesByMonth
                        .get(new MonthOfYear(YearMonth.from(rs.getDate("month").toLocalDate()), year))
                        .put(rs.getString("name"), rs.getLong("crimes")))
                .list();
    }

    /**
     * The LSOAs with located crime in each month from {@code first} to {@code last}: one row per LSOA with a bit
     * per month, rather than a row per LSOA and month (a national month has about 35,000 LSOAs).
     */
    private void readLsoas(YearMonth first, YearMonth last) {
        for (var start = first; !start.isAfter(last); start = start.plusMonths(MONTHS_PER_QUERY)) {
            var end = start.plusMonths(MONTHS_PER_QUERY - 1).isAfter(last)
                    ? last
                    : start.plusMonths(MONTHS_PER_QUERY - 1);
            int size = (int) (start.until(end, ChronoUnit.MONTHS) + 1);
            var sets = new BitSet[size];
            for (int i = 0; i < size; i++) {
                sets[i] = new BitSet();
                lsoasByMonth.put(start.plusMonths(i), sets[i]);
            }
            jdbc.sql("""
                            SELECT c.lsoa_code, bit_or(CAST(1 AS BIGINT) << ((EXTRACT(YEAR FROM c.month)::int - :year) * 12
                                     + EXTRACT(MONTH FROM c.month)::int - :month)) AS months
                            FROM crime_cube c
                            WHERE c.lsoa_code IS NOT NULL AND c.month BETWEEN :first AND :last
                            GROUP BY c.lsoa_code
                            """)
                    .param("year", start.getYear())
                    .param("month", start.getMonthValue())
                    .param("first", Date.valueOf(start.atDay(1)))
                    .param("last", Date.valueOf(end.atDay(1)))
                    .query((rs, row) -> {
                        int index = indexOf(rs.getString("lsoa_code").strip());
                        long mask = rs.getLong("months");
                        for (int i = 0; i < size; i++) {
                            if ((mask >>> i & 1) != 0) {
                                sets[i].set(index);
                            }
                        }
                        return null;
                    })
                    .list();
        }
    }

    private int indexOf(String code) {
        return lsoaIndex.computeIfAbsent(code, c -> {
            lsoaCodes.add(c);
            return lsoaCodes.size() - 1;
        });
    }

    private Map<String, Long> readPopulations(int year) {
        var populations = new HashMap<String, Long>();
        jdbc.sql("SELECT trim(area_code) AS code, population FROM population_estimate WHERE year = :year")
                .param("year", year)
                .query((rs, row) -> populations.put(rs.getString("code"), rs.getLong("population")))
                .list();
        return populations;
    }

    private record MonthOfYear(YearMonth month, int populationYear) {}
}
