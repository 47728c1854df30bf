package org.saferplan.areas;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Resolves an area (LSOA, ward, local authority, CSP, police force area, or a partnership's set of authorities) to
 * its LSOAs and finds the population that goes with a year. Geography is many-to-many where ONS says so: a CSP
 * whose authority is shared with other CSPs (Bournemouth, Christchurch and Poole) covers the whole authority, and
 * the scope says so in its notes.
 */
@Service
public class AreaScopes {

    private static final List<String> LSOA_TO_AUTHORITY =
            List.of("lsoa11_ltla21", "lsoa11_ltla19", "lsoa21_ltla24", "lsoa21_ltla22");
    private static final List<String> LSOA_TO_WARD = List.of("lsoa11_ward17", "lsoa21_ward24");

    private final JdbcClient jdbc;
    private final Geography geography;

    AreaScopes(JdbcClient jdbc, Geography geography) {
        this.jdbc = jdbc;
        this.geography = geography;
    }

    /** The scope of an ONS area by its GSS code, if ONS geography knows it. */
    public Optional<AreaScope> of(String code) {
        return geography.find(code).map(area -> switch (area.kind()) {
            case LSOA ->
                new AreaScope(
                        area.code(), area.name(), area.kind(), java.util.Set.of(area.code()), List.of(), List.of());
            case WARD ->
                new AreaScope(
                        area.code(),
                        area.name(),
                        area.kind(),
                        children(LSOA_TO_WARD, List.of(area.code())),
                        List.of(),
                        List.of());
            case LOCAL_AUTHORITY -> ofAuthorities(area.code(), area.name(), area.kind(), List.of(area.code()));
            case CSP ->
                ofAuthorities(
                        area.code(), area.name(), area.kind(), children(List.of("ltla24_csp24"), List.of(area.code())));
            case POLICE_FORCE_AREA ->
                ofAuthorities(
                        area.code(), area.name(), area.kind(), children(List.of("ltla24_pfa24"), List.of(area.code())));
        });
    }

    /** The scope of a partnership: the union of its local authorities. */
    public AreaScope ofPartnership(String slug, String name, Collection<String> authorityCodes) {
        return ofAuthorities(slug, name, AreaKind.CSP, authorityCodes);
    }

    /**
     * The population of the scope for a year: the authorities' own estimates when every authority has one, else
     * the sum of the LSOAs' estimates; the nearest loaded year to the one asked for (earlier preferred on a tie).
     */
    public Optional<PopulationEstimate> population(AreaScope scope, int year) {
        if (!scope.localAuthorities().isEmpty()) {
            var byAuthority = nearestYearCovering(scope.localAuthorities(), year);
            if (byAuthority.isPresent()) {
                int used = byAuthority.get();
                int n = scope.localAuthorities().size();
                return Optional.of(new PopulationEstimate(
                        sum(scope.localAuthorities(), used),
                        used,
                        "ONS mid-" + used + " estimates for " + n
                                + (n == 1 ? " local authority" : " local authorities")));
            }
        }
        return nearestYearCovering(scope.lsoas(), year)
                .map(used -> new PopulationEstimate(
                        sum(scope.lsoas(), used),
                        used,
                        "sum of ONS mid-" + used + " estimates for "
                                + scope.lsoas().size() + " LSOAs"));
    }

    /**
     * The population of each area (e.g. every LSOA of a map) from its own estimate of the loaded year nearest to
     * {@code year} (earlier preferred on a tie), as {@link #population} gives one area's, in one query.
     */
    public Map<String, Long> populations(Collection<String> codes, int year) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        var result = new HashMap<String, Long>();
        jdbc.sql("""
                        SELECT DISTINCT ON (area_code) trim(area_code) AS code, population
                        FROM population_estimate WHERE area_code IN (:codes)
                        ORDER BY area_code, abs(year - :year), year
                        """)
                .param("codes", codes)
                .param("year", year)
                .query((rs, row) -> result.put(rs.getString("code"), rs.getLong("population")))
                .list();
        return result;
    }

    private AreaScope ofAuthorities(String code, String name, AreaKind kind, Collection<String> authorities) {
        var notes = new ArrayList<String>();
        if (kind == AreaKind.CSP) {
            for (var authority : authorities) {
                var csps = geography.cspsOf(authority);
                if (csps.size() > 1) {
                    notes.add(geography.find(authority).map(Area::name).orElse(authority) + " (" + authority
                            + ") is listed by ONS against " + csps.size()
                            + " CSPs; figures here cover the whole authority.");
                }
            }
        }
        return new AreaScope(
                code,
                name,
                kind,
                children(LSOA_TO_AUTHORITY, authorities),
                List.copyOf(new LinkedHashSet<>(authorities)),
                notes);
    }

    private java.util.Set<String> children(List<String> lookups, Collection<String> parents) {
        if (parents.isEmpty()) {
            return java.util.Set.of();
        }
        return new LinkedHashSet<>(jdbc.sql("""
                        SELECT DISTINCT trim(child_code) FROM geography_link
                        WHERE lookup IN (:lookups) AND parent_code IN (:parents)
                        """)
                .param("lookups", lookups)
                .param("parents", parents)
                .query(String.class)
                .list());
    }

    /** The loaded year nearest to {@code year} for which every one of the codes has an estimate. */
    private Optional<Integer> nearestYearCovering(Collection<String> codes, int year) {
        if (codes.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        SELECT year FROM population_estimate WHERE area_code IN (:codes)
                        GROUP BY year HAVING count(*) = :n
                        ORDER BY abs(year - :year), year LIMIT 1
                        """)
                .param("codes", codes)
                .param("n", codes.size())
                .param("year", year)
                .query(Integer.class)
                .optional();
    }

    private long sum(Collection<String> codes, int year) {
        return jdbc.sql("SELECT coalesce(sum(population), 0) FROM population_estimate"
                        + " WHERE area_code IN (:codes) AND year = :year")
                .param("codes", codes)
                .param("year", year)
                .query(Long.class)
                .single();
    }
}
