package org.saferplan.crime;

import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.saferplan.areas.AreaScope;
import org.saferplan.areas.AreaScopes;
import org.saferplan.areas.PopulationEstimate;
import org.saferplan.statistics.Rate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Counts and rates for an area, as SQL over the monthly cube. A crime belongs to the area when the LSOA of its
 * (anonymised, snapped) point is one of the area's LSOAs, so crimes police.uk could not locate belong to no area
 * smaller than a force. The population is the mid-year estimate nearest the middle of the period (the page says
 * which); rates are per 1,000 residents over the whole period, not annualised.
 */
@Service
public class AreaCrimeStatistics {

    static final String ASB = "Anti-social behaviour";
    static final double MAIN_FORCE_SHARE = 0.05;

    private final JdbcClient jdbc;
    private final AreaScopes scopes;
    private final CrimeArchiveStamp stamp;
    private final NationalLocatedCrime national;

    AreaCrimeStatistics(JdbcClient jdbc, AreaScopes scopes, CrimeArchiveStamp stamp, NationalLocatedCrime national) {
        this.jdbc = jdbc;
        this.scopes = scopes;
        this.stamp = stamp;
        this.national = national;
    }

    /** The latest month of street data stored for the area's LSOAs, if any. */
    public Optional<YearMonth> latestMonth(AreaScope scope) {
        return Optional.ofNullable(profile(scope).latest());
    }

    /** The earliest month of street data stored for the area's LSOAs, if any. */
    public Optional<YearMonth> earliestMonth(AreaScope scope) {
        return Optional.ofNullable(profile(scope).earliest());
    }

    /** The state of the archive: see {@link CrimeArchiveStamp}. */
    String archiveStamp() {
        return stamp.now();
    }

    public AreaCrime of(AreaScope scope, YearMonth from, YearMonth to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends before it starts");
        }
        var forces = forcesOf(scope);
        var missing = missingMonths(forces.keySet(), from, to);
        var byType = new LinkedHashMap<String, Long>();
        jdbc.sql("SELECT name FROM crime_type ORDER BY name")
                .query(String.class)
                .list()
                .forEach(type -> byType.put(type, 0L));
        var byMonth = new HashMap<YearMonth, Long>();
        jdbc.sql("""
                        SELECT c.month, t.name, sum(c.crimes) AS crimes
                        FROM crime_cube c JOIN crime_type t ON t.id = c.crime_type_id
                        WHERE c.lsoa_code = ANY(CAST(:lsoas AS TEXT[])) AND c.month BETWEEN :from AND :to
                        GROUP BY c.month, t.name
                        """)
                .param("lsoas", arrayLiteral(scope))
                .param("from", Date.valueOf(from.atDay(1)))
                .param("to", Date.valueOf(to.atDay(1)))
                .query((rs, row) -> {
                    var month = YearMonth.from(rs.getDate("month").toLocalDate());
                    if (missing.contains(month)) {
                        return null;
                    }
                    var type = rs.getString("name");
                    long crimes = rs.getLong("crimes");
                    byType.merge(type, crimes, Long::sum);
                    if (!ASB.equals(type)) {
                        byMonth.merge(month, crimes, Long::sum);
                    }
                    return null;
                })
                .list();
        var population = scopes.population(scope, midYear(from, to)).orElse(null);
        var types = new ArrayList<AreaCrime.TypeFigure>();
        long total = 0;
        for (var entry : byType.entrySet()) {
            boolean asb = ASB.equals(entry.getKey());
            if (!asb) {
                total += entry.getValue();
            }
            types.add(new AreaCrime.TypeFigure(entry.getKey(), asb, figure(entry.getValue(), population)));
        }
        var months = new ArrayList<AreaCrime.MonthCount>();
        for (var month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            months.add(
                    new AreaCrime.MonthCount(month, missing.contains(month) ? null : byMonth.getOrDefault(month, 0L)));
        }
        return new AreaCrime(
                scope,
                from,
                to,
                population,
                figure(total, population),
                types,
                months,
                missing,
                List.copyOf(forces.values()));
    }

    /**
     * Crimes per month and type over the area's LSOAs, with the months missing for its forces (their counts are
     * left at 0 in the arrays and must be read through {@link MonthlyCounts#missing()}).
     */
    MonthlyCounts monthly(AreaScope scope, YearMonth from, YearMonth to) {
        var forces = forcesOf(scope);
        var missing = new java.util.TreeSet<>(missingMonths(forces.keySet(), from, to));
        int n = (int) (from.until(to, java.time.temporal.ChronoUnit.MONTHS) + 1);
        var byType = new java.util.TreeMap<String, long[]>();
        jdbc.sql("SELECT name FROM crime_type ORDER BY name")
                .query(String.class)
                .list()
                .forEach(type -> byType.put(type, new long[n]));
        jdbc.sql("""
                        SELECT c.month, t.name, sum(c.crimes) AS crimes
                        FROM crime_cube c JOIN crime_type t ON t.id = c.crime_type_id
                        WHERE c.lsoa_code = ANY(CAST(:lsoas AS TEXT[])) AND c.month BETWEEN :from AND :to
                        GROUP BY c.month, t.name
                        """)
                .param("lsoas", arrayLiteral(scope))
                .param("from", Date.valueOf(from.atDay(1)))
                .param("to", Date.valueOf(to.atDay(1)))
                .query((rs, row) -> {
                    var month = YearMonth.from(rs.getDate("month").toLocalDate());
                    int index = (int) from.until(month, java.time.temporal.ChronoUnit.MONTHS);
                    if (!missing.contains(month)) {
                        byType.computeIfAbsent(rs.getString("name"), t -> new long[n])[index] += rs.getLong("crimes");
                    }
                    return null;
                })
                .list();
        return new MonthlyCounts(from, to, byType, missing, !forces.isEmpty());
    }

    /** Crimes (anti-social behaviour excluded) per LSOA of the area over the period, missing months left out. */
    Map<String, Long> byLsoa(AreaScope scope, YearMonth from, YearMonth to) {
        var missing = missingMonths(forcesOf(scope).keySet(), from, to);
        var counts = new java.util.TreeMap<String, Long>();
        jdbc.sql("""
                        SELECT c.lsoa_code, c.month, sum(c.crimes) AS crimes
                        FROM crime_cube c JOIN crime_type t ON t.id = c.crime_type_id
                        WHERE c.lsoa_code = ANY(CAST(:lsoas AS TEXT[])) AND c.month BETWEEN :from AND :to
                          AND t.name <> :asb
                        GROUP BY c.lsoa_code, c.month
                        """)
                .param("lsoas", arrayLiteral(scope))
                .param("from", Date.valueOf(from.atDay(1)))
                .param("to", Date.valueOf(to.atDay(1)))
                .param("asb", ASB)
                .query((rs, row) -> {
                    if (!missing.contains(YearMonth.from(rs.getDate("month").toLocalDate()))) {
                        counts.merge(rs.getString("lsoa_code").strip(), rs.getLong("crimes"), Long::sum);
                    }
                    return null;
                })
                .list();
        return counts;
    }

    /**
     * Located crime of every imported force over the period, pooled over the LSOAs that have any located row and a
     * population estimate for the year nearest the middle of the period, the given LSOAs left out: a
     * national-style rate over what is stored (SaferPlan's method; police.uk is not the official count). The
     * estimates are of the loaded year nearest {@code preferredYear} (the compared area's population year, so both
     * sides use the same year), or nearest the middle of the period when that is null.
     */
    Pooled pooled(YearMonth from, YearMonth to, java.util.Collection<String> leaveOut, Integer preferredYear) {
        var year = jdbc.sql("""
                        SELECT p.year FROM population_estimate p JOIN geography_area a ON a.code = p.area_code
                        WHERE a.kind = 'LSOA' GROUP BY p.year ORDER BY abs(p.year - :year), p.year LIMIT 1
                        """)
                .param("year", preferredYear == null ? midYear(from, to) : preferredYear)
                .query(Integer.class)
                .optional();
        // A force has located crime in a month exactly when its street file there has rows with a location.
        var forces = jdbc.sql("""
                        SELECT DISTINCT coalesce(f.name, f.slug) FROM crime_file cf JOIN crime_force f ON f.id = cf.force_id
                        WHERE cf.kind = 'street' AND cf.rows > cf.no_location_rows AND cf.month BETWEEN :from AND :to
                        ORDER BY 1
                        """)
                .param("from", Date.valueOf(from.atDay(1)))
                .param("to", Date.valueOf(to.atDay(1)))
                .query(String.class)
                .list();
        var byType = new LinkedHashMap<String, Long>();
        jdbc.sql("SELECT name FROM crime_type ORDER BY name")
                .query(String.class)
                .list()
                .forEach(type -> byType.put(type, 0L));
        int months = (int) (from.until(to, java.time.temporal.ChronoUnit.MONTHS) + 1);
        int missing = forces.isEmpty()
                ? 0
                : jdbc.sql("""
                        SELECT coalesce(sum(:months - present), 0) FROM (
                          SELECT f.id, count(DISTINCT cf.month) AS present
                          FROM crime_force f LEFT JOIN crime_file cf ON cf.force_id = f.id AND cf.kind = 'street'
                            AND cf.rows > 0 AND cf.month BETWEEN :from AND :to
                          WHERE coalesce(f.name, f.slug) IN (:forces) GROUP BY f.id) AS coverage
                        """)
                        .param("months", months)
                        .param("from", Date.valueOf(from.atDay(1)))
                        .param("to", Date.valueOf(to.atDay(1)))
                        .param("forces", forces)
                        .query(Integer.class)
                        .single();
        if (year.isEmpty()) {
            return new Pooled(byType, 0, null, 0, 0, forces, missing);
        }
        // Everything stored, less the left-out LSOAs: the national part is kept month by month
        // (NationalLocatedCrime) and only the left-out part is read each time.
        var all = national.over(from, to, year.get());
        var left = located(from, to, year.get(), "{" + String.join(",", leaveOut) + "}");
        all.byType()
                .forEach((type, crimes) ->
                        byType.put(type, crimes - left.byType().getOrDefault(type, 0L)));
        return new Pooled(
                byType,
                all.population() - left.population(),
                year.get(),
                (int) (all.withPopulation() - left.withPopulation()),
                (int) (all.lsoas() - all.withPopulation() - (left.lsoas() - left.withPopulation())),
                forces,
                missing);
    }

    /**
     * Located crime of the period in the LSOAs {@code lsoas} (an array literal), as {@link NationalLocatedCrime}
     * counts every LSOA's.
     */
    private NationalLocatedCrime.Located located(YearMonth from, YearMonth to, int year, String lsoas) {
        var byType = new HashMap<String, Long>();
        jdbc.sql("""
                        SELECT t.name, sum(c.crimes) AS crimes
                        FROM crime_cube c JOIN crime_type t ON t.id = c.crime_type_id
                        JOIN population_estimate p ON p.area_code = c.lsoa_code AND p.year = :year
                        WHERE c.lsoa_code = ANY(CAST(:lsoas AS TEXT[])) AND c.month BETWEEN :from AND :to
                        GROUP BY t.name
                        """)
                .param("year", year)
                .param("from", Date.valueOf(from.atDay(1)))
                .param("to", Date.valueOf(to.atDay(1)))
                .param("lsoas", lsoas)
                .query((rs, row) -> byType.put(rs.getString("name"), rs.getLong("crimes")))
                .list();
        var figures = jdbc.sql("""
                        WITH located AS (
                          SELECT DISTINCT c.lsoa_code FROM crime_cube c
                          WHERE c.lsoa_code = ANY(CAST(:lsoas AS TEXT[])) AND c.month BETWEEN :from AND :to)
                        SELECT coalesce(sum(p.population), 0) AS population, count(p.population) AS with_population,
                               count(*) AS lsoas
                        FROM located l LEFT JOIN population_estimate p ON p.area_code = l.lsoa_code AND p.year = :year
                        """)
                .param("year", year)
                .param("from", Date.valueOf(from.atDay(1)))
                .param("to", Date.valueOf(to.atDay(1)))
                .param("lsoas", lsoas)
                .query((rs, row) ->
                        new long[] {rs.getLong("population"), rs.getLong("with_population"), rs.getLong("lsoas")})
                .single();
        return new NationalLocatedCrime.Located(byType, figures[0], figures[1], figures[2]);
    }

    /**
     * Monthly counts by crime type.
     *
     * @param byType per crime type, one count per month from {@code from}
     * @param missing months a force of the area supplied no street file for
     * @param anyForce false when no located crime of the area is stored at all
     */
    record MonthlyCounts(
            YearMonth from,
            YearMonth to,
            Map<String, long[]> byType,
            java.util.SortedSet<YearMonth> missing,
            boolean anyForce) {

        int size() {
            return (int) (from.until(to, java.time.temporal.ChronoUnit.MONTHS) + 1);
        }

        YearMonth month(int index) {
            return from.plusMonths(index);
        }

        /** Crimes (anti-social behaviour excluded) per month. */
        long[] total() {
            var total = new long[size()];
            byType.forEach((type, counts) -> {
                if (!ASB.equals(type)) {
                    for (int i = 0; i < counts.length; i++) {
                        total[i] += counts[i];
                    }
                }
            });
            return total;
        }
    }

    /**
     * Pooled located crime.
     *
     * @param population the residents of the LSOAs counted (0 with no LSOA estimates loaded)
     * @param lsoasWithoutPopulation LSOAs with located crime but no estimate, left out of both sides
     * @param forceMonthsMissing months of the period for which one of the forces supplied no street file
     */
    record Pooled(
            Map<String, Long> byType,
            long population,
            Integer populationYear,
            int lsoas,
            int lsoasWithoutPopulation,
            List<String> forces,
            int forceMonthsMissing) {

        long total() {
            return byType.entrySet().stream()
                    .filter(e -> !ASB.equals(e.getKey()))
                    .mapToLong(Map.Entry::getValue)
                    .sum();
        }
    }

    static AreaCrime.Figure figure(long count, PopulationEstimate population) {
        if (population == null || population.population() <= 0) {
            return new AreaCrime.Figure(count, null, null, null);
        }
        var rate = new Rate(count, population.population());
        var interval = rate.perThousandInterval();
        return new AreaCrime.Figure(count, rate.perThousand(), interval.lower(), interval.upper());
    }

    /**
     * The forces responsible for the area: those with at least {@value #MAIN_FORCE_SHARE} of the area's located
     * street rows over everything stored (slug to name). Snapping puts a few crimes of a neighbouring force into
     * border LSOAs; without this share a missing month of the neighbour would blank the whole area. SaferPlan's
     * rule, not an official one.
     */
    private Map<String, String> forcesOf(AreaScope scope) {
        return profile(scope).forces();
    }

    /**
     * What is stored for a set of LSOAs: the forces responsible for it, and its first and latest month.
     *
     * @param earliest null when nothing is stored
     */
    private record Profile(Map<String, String> forces, YearMonth earliest, YearMonth latest) {}

    private record ProfileKey(String stamp, java.util.Set<String> lsoas) {}

    /**
     * Profiles by archive stamp and LSOAs. One page asks for the same area's profile several times (period,
     * counts, trend, places) and for its force and peers; each was a scan of the area's whole cube.
     */
    private final Map<ProfileKey, Profile> profiles = new java.util.concurrent.ConcurrentHashMap<>();

    private static final int MAX_PROFILES = 500;

    private Profile profile(AreaScope scope) {
        var key = new ProfileKey(archiveStamp(), scope.lsoas());
        var cached = profiles.get(key);
        if (cached != null) {
            return cached;
        }
        var forces = new LinkedHashMap<String, String>();
        YearMonth[] range = {null, null};
        jdbc.sql("""
                        WITH area AS (
                          SELECT c.force_id, sum(c.crimes) AS crimes, min(c.month) AS first, max(c.month) AS last
                          FROM crime_cube c WHERE c.lsoa_code = ANY(CAST(:lsoas AS TEXT[])) GROUP BY c.force_id)
                        SELECT f.slug, coalesce(f.name, f.slug) AS name, area.first, area.last,
                               area.crimes >= :share * (SELECT sum(crimes) FROM area) AS main
                        FROM area JOIN crime_force f ON f.id = area.force_id
                        ORDER BY 2
                        """)
                .param("lsoas", arrayLiteral(scope))
                .param("share", MAIN_FORCE_SHARE)
                .query((rs, row) -> {
                    if (rs.getBoolean("main")) {
                        forces.put(rs.getString("slug"), rs.getString("name"));
                    }
                    var first = YearMonth.from(rs.getDate("first").toLocalDate());
                    var last = YearMonth.from(rs.getDate("last").toLocalDate());
                    range[0] = range[0] == null || first.isBefore(range[0]) ? first : range[0];
                    range[1] = range[1] == null || last.isAfter(range[1]) ? last : range[1];
                    return null;
                })
                .list();
        var profile = new Profile(java.util.Collections.unmodifiableMap(forces), range[0], range[1]);
        if (profiles.size() >= MAX_PROFILES) {
            profiles.clear();
        }
        profiles.put(key, profile);
        return profile;
    }

    /** Months in the period where any of the forces has no street file, or an empty one. */
    private List<YearMonth> missingMonths(java.util.Set<String> forceSlugs, YearMonth from, YearMonth to) {
        var missing = new ArrayList<YearMonth>();
        if (forceSlugs.isEmpty()) {
            return missing;
        }
        var present = new HashMap<YearMonth, Integer>();
        jdbc.sql("""
                        SELECT f.month, count(*) AS forces FROM crime_file f JOIN crime_force force ON force.id = f.force_id
                        WHERE f.kind = 'street' AND f.rows > 0 AND force.slug IN (:slugs)
                          AND f.month BETWEEN :from AND :to
                        GROUP BY f.month
                        """)
                .param("slugs", forceSlugs)
                .param("from", Date.valueOf(from.atDay(1)))
                .param("to", Date.valueOf(to.atDay(1)))
                .query((rs, row) ->
                        present.put(YearMonth.from(rs.getDate("month").toLocalDate()), rs.getInt("forces")))
                .list();
        for (var month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            if (present.getOrDefault(month, 0) < forceSlugs.size()) {
                missing.add(month);
            }
        }
        return missing;
    }

    /** The calendar year of the middle month of the period: the mid-year estimate to use. */
    static int midYear(YearMonth from, YearMonth to) {
        long months = from.until(to, java.time.temporal.ChronoUnit.MONTHS);
        return from.plusMonths(months / 2).getYear();
    }

    private static String arrayLiteral(AreaScope scope) {
        // GSS codes are letters and digits only (checked on import), so no quoting is needed in the array literal.
        return "{" + String.join(",", scope.lsoas()) + "}";
    }
}
