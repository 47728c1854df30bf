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

    AreaCrimeStatistics(JdbcClient jdbc, AreaScopes scopes) {
        this.jdbc = jdbc;
        this.scopes = scopes;
    }

    /** The latest month of street data stored for the area's LSOAs, if any. */
    public Optional<YearMonth> latestMonth(AreaScope scope) {
        return jdbc.sql("""
                        SELECT max(month) FROM crime_cube WHERE lsoa_code = ANY(CAST(:lsoas AS TEXT[]))
                        """)
                .param("lsoas", arrayLiteral(scope))
                .query((rs, row) -> rs.getDate(1))
                .optional()
                .filter(date -> date != null)
                .map(date -> YearMonth.from(date.toLocalDate()));
    }

    /** The earliest month of street data stored for the area's LSOAs, if any. */
    public Optional<YearMonth> earliestMonth(AreaScope scope) {
        return jdbc.sql("SELECT min(month) FROM crime_cube WHERE lsoa_code = ANY(CAST(:lsoas AS TEXT[]))")
                .param("lsoas", arrayLiteral(scope))
                .query((rs, row) -> rs.getDate(1))
                .optional()
                .filter(date -> date != null)
                .map(date -> YearMonth.from(date.toLocalDate()));
    }

    public AreaCrime of(AreaScope scope, YearMonth from, YearMonth to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends before it starts");
        }
        var forces = forcesOf(scope);
        var missing = missingMonths(forces.keySet(), from, to);
        var byType = new LinkedHashMap<String, Long>();
        jdbc.sql("SELECT name FROM crime_type ORDER BY name").query(String.class).list()
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
            months.add(new AreaCrime.MonthCount(month, missing.contains(month) ? null : byMonth.getOrDefault(month, 0L)));
        }
        return new AreaCrime(scope, from, to, population, figure(total, population), types, months, missing,
                List.copyOf(forces.values()));
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
        var forces = new LinkedHashMap<String, String>();
        jdbc.sql("""
                        WITH area AS (
                          SELECT c.force_id, sum(c.crimes) AS crimes FROM crime_cube c
                          WHERE c.lsoa_code = ANY(CAST(:lsoas AS TEXT[])) GROUP BY c.force_id)
                        SELECT f.slug, coalesce(f.name, f.slug) AS name
                        FROM area JOIN crime_force f ON f.id = area.force_id
                        WHERE area.crimes >= :share * (SELECT sum(crimes) FROM area)
                        ORDER BY 2
                        """)
                .param("lsoas", arrayLiteral(scope))
                .param("share", MAIN_FORCE_SHARE)
                .query((rs, row) -> forces.put(rs.getString("slug"), rs.getString("name")))
                .list();
        return forces;
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
                .query((rs, row) -> present.put(YearMonth.from(rs.getDate("month").toLocalDate()), rs.getInt("forces")))
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
