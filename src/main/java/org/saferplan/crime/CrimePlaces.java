package org.saferplan.crime;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.saferplan.areas.AreaScope;
import org.saferplan.areas.AreaScopes;
import org.saferplan.areas.Geography;
import org.saferplan.areas.PopulationEstimate;
import org.saferplan.statistics.GetisOrdGi;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where in the area crime is recorded: its LSOAs and wards ranked by count and by rate, the LSOA boundaries for a
 * map, and Getis-Ord Gi* hot and cold spots on LSOA counts. Neighbours are queen contiguity approximated by shared
 * boundary vertices: two LSOAs neighbour when their stored (generalised) boundaries share at least one vertex,
 * rounded to 6 decimal places (about 0.1 m). LSOAs are of the vintage that holds most of the period's crime.
 */
@Service
class CrimePlaces {

    static final int MAX_LSOAS = 2000;

    private final JdbcClient jdbc;
    private final AreaScopes scopes;
    private final Geography geography;
    private final AreaCrimeStatistics statistics;
    private final JsonMapper json = JsonMapper.builder().build();
    /**
     * Parsed boundaries by code and geometry text (so a re-imported boundary is parsed afresh): parsing the
     * GeoJSON of a few hundred LSOAs on every page view cost more than the page's queries. At most a few national
     * vintages of LSOAs (about 36,000 each) are ever held.
     */
    private final Map<String, Shape> parsed = new java.util.concurrent.ConcurrentHashMap<>();

    private static final int MAX_PARSED = 100_000;
    /** LSOAs by vintage and map layouts, by archive stamp and LSOAs ({@link #layout}). */
    private final Map<Object, Map<String, Set<String>>> vintagesKept = new java.util.concurrent.ConcurrentHashMap<>();

    private final Map<Object, Layout> layoutsKept = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_KEPT = 32;

    CrimePlaces(JdbcClient jdbc, AreaScopes scopes, Geography geography, AreaCrimeStatistics statistics) {
        this.jdbc = jdbc;
        this.scopes = scopes;
        this.geography = geography;
        this.statistics = statistics;
    }

    Places of(AreaScope scope, YearMonth from, YearMonth to, PopulationEstimate areaPopulation) {
        if (scope.lsoas().size() > MAX_LSOAS) {
            return Places.none(scope.lsoas().size() + " LSOAs are too many to list; choose a smaller area.");
        }
        var counts = statistics.byLsoa(scope, from, to);
        var stamp = statistics.archiveStamp();
        var vintages = vintages(stamp, scope);
        long in11 = vintages.get("lsoa11").stream()
                .mapToLong(code -> counts.getOrDefault(code, 0L))
                .sum();
        long in21 = vintages.get("lsoa21").stream()
                .mapToLong(code -> counts.getOrDefault(code, 0L))
                .sum();
        var vintage = in21 > in11 ? "lsoa21" : "lsoa11";
        var codes = vintages.get(vintage);
        if (codes.isEmpty()) {
            return Places.none("No " + vintage + " LSOAs are known for this area.");
        }
        var layout = layout(stamp, vintage, codes);
        int year = AreaCrimeStatistics.midYear(from, to);
        // One query for every LSOA's estimate (one per LSOA cost the page a round trip each).
        var populations = scopes.populations(codes, year);
        var lsoas = new ArrayList<Place>();
        for (var code : codes) {
            lsoas.add(new Place(
                    code,
                    layout.names().getOrDefault(code, code),
                    counts.getOrDefault(code, 0L),
                    populations.get(code)));
        }
        var wardCounts = new TreeMap<String, long[]>();
        var wardWithoutPopulation = new HashSet<String>();
        for (var lsoa : lsoas) {
            var ward = layout.wardOf().get(lsoa.code());
            if (ward == null) {
                continue;
            }
            var sums = wardCounts.computeIfAbsent(ward, w -> new long[2]);
            sums[0] += lsoa.crimes();
            if (lsoa.population() == null) {
                wardWithoutPopulation.add(ward);
            } else {
                sums[1] += lsoa.population();
            }
        }
        var wards = new ArrayList<Place>();
        wardCounts.forEach((ward, sums) -> wards.add(new Place(
                ward,
                layout.names().getOrDefault(ward, ward),
                sums[0],
                wardWithoutPopulation.contains(ward) || sums[1] == 0 ? null : sums[1])));
        return new Places(
                vintage, lsoas, wards, layout.shapes(), hotSpots(lsoas, layout.shapes(), layout.neighbours()), null);
    }

    /** The area's LSOAs of each vintage (lsoa11, lsoa21), kept per archive stamp. */
    private Map<String, Set<String>> vintages(String stamp, AreaScope scope) {
        return kept(vintagesKept, List.of(stamp, scope.lsoas()), () -> {
            var vintages = new HashMap<String, Set<String>>();
            for (var vintage : List.of("lsoa11", "lsoa21")) {
                vintages.put(
                        vintage,
                        java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(jdbc.sql("""
                                SELECT DISTINCT trim(child_code) FROM geography_link
                                WHERE lookup LIKE :prefix AND child_code IN (:lsoas)
                                """)
                                .param("prefix", vintage + "\\_%")
                                .param("lsoas", scope.lsoas().isEmpty() ? List.of("") : scope.lsoas())
                                .query(String.class)
                                .list())));
            }
            return vintages;
        });
    }

    /**
     * What a map of these LSOAs needs from the geography: names (of LSOAs and wards), the ward of each LSOA,
     * the parsed boundaries and their neighbours. Only geography changes it, so it is kept per archive stamp:
     * fetching and parsing a few hundred boundaries and finding their neighbours was most of the section's time.
     */
    private record Layout(
            Map<String, String> names,
            Map<String, String> wardOf,
            List<Shape> shapes,
            Map<String, Set<String>> neighbours) {}

    private Layout layout(String stamp, String vintage, Set<String> codes) {
        return kept(layoutsKept, List.of(stamp, vintage, codes), () -> {
            var names = new HashMap<String, String>();
            jdbc.sql("SELECT trim(code) AS code, name FROM geography_area WHERE code IN (:codes)")
                    .param("codes", codes)
                    .query((rs, row) -> names.put(rs.getString("code"), rs.getString("name")))
                    .list();
            var wardOf = new TreeMap<String, String>();
            jdbc.sql("""
                            SELECT trim(child_code) AS lsoa, trim(parent_code) AS ward FROM geography_link
                            WHERE lookup = :lookup AND child_code IN (:codes)
                            """)
                    .param("lookup", vintage.equals("lsoa11") ? "lsoa11_ward17" : "lsoa21_ward24")
                    .param("codes", codes)
                    .query((rs, row) -> wardOf.put(rs.getString("lsoa"), rs.getString("ward")))
                    .list();
            if (!wardOf.isEmpty()) {
                jdbc.sql("SELECT trim(code) AS code, name FROM geography_area WHERE code IN (:codes)")
                        .param("codes", new HashSet<>(wardOf.values()))
                        .query((rs, row) -> names.put(rs.getString("code"), rs.getString("name")))
                        .list();
            }
            var shapes = new ArrayList<Shape>();
            for (var boundary : geography.boundaries(vintage, codes)) {
                var key = boundary.code()
                        + ':'
                        + boundary.geometry().length()
                        + ':'
                        + boundary.geometry().hashCode();
                if (parsed.size() > MAX_PARSED) {
                    parsed.clear();
                }
                shapes.add(parsed.computeIfAbsent(key, k -> new Shape(boundary.code(), rings(boundary.geometry()))));
            }
            return new Layout(names, wardOf, List.copyOf(shapes), neighbours(shapes));
        });
    }

    private static <T> T kept(Map<Object, T> kept, Object key, java.util.function.Supplier<T> work) {
        var value = kept.get(key);
        if (value == null) {
            value = work.get();
            if (kept.size() >= MAX_KEPT) {
                kept.clear();
            }
            kept.put(key, value);
        }
        return value;
    }

    /** Gi* z-scores per LSOA code over the LSOAs with a boundary; empty when Gi* is undefined (said in problem). */
    static HotSpots hotSpots(List<Place> lsoas, List<Shape> shapes) {
        var codes = new HashSet<String>();
        lsoas.forEach(place -> codes.add(place.code()));
        return hotSpots(
                lsoas,
                shapes,
                neighbours(shapes.stream().filter(s -> codes.contains(s.code())).toList()));
    }

    /** As {@link #hotSpots(List, List)}, with the neighbours of the shapes already found. */
    static HotSpots hotSpots(List<Place> lsoas, List<Shape> shapes, Map<String, Set<String>> neighbours) {
        var counts = new HashMap<String, Long>();
        lsoas.forEach(place -> counts.put(place.code(), place.crimes()));
        var areas = shapes.stream().map(Shape::code).filter(counts::containsKey).toList();
        try {
            var gi = GetisOrdGi.of(
                    areas.stream().map(code -> (double) counts.get(code)).toList(),
                    GetisOrdGi.binaryWeights(areas, neighbours));
            var z = new LinkedHashMap<String, Double>();
            for (int i = 0; i < areas.size(); i++) {
                z.put(areas.get(i), gi.z(i));
            }
            return new HotSpots(z, null);
        } catch (IllegalArgumentException e) {
            return new HotSpots(Map.of(), e.getMessage());
        }
    }

    /** Queen contiguity by shared boundary vertices (rounded to 6 decimal places). */
    static Map<String, Set<String>> neighbours(List<Shape> shapes) {
        var byVertex = new HashMap<Long, Set<String>>();
        for (var shape : shapes) {
            for (var ring : shape.rings()) {
                for (var point : ring) {
                    long key = Math.round(point[0] * 1e6) * 1_000_000_000L + Math.round(point[1] * 1e6);
                    byVertex.computeIfAbsent(key, k -> new HashSet<>()).add(shape.code());
                }
            }
        }
        var neighbours = new HashMap<String, Set<String>>();
        shapes.forEach(shape -> neighbours.put(shape.code(), new HashSet<>()));
        for (var sharing : byVertex.values()) {
            for (var a : sharing) {
                for (var b : sharing) {
                    if (!a.equals(b)) {
                        neighbours.get(a).add(b);
                    }
                }
            }
        }
        return neighbours;
    }

    /** The rings (outer and holes alike) of a GeoJSON Polygon or MultiPolygon as lon/lat pairs. */
    List<List<double[]>> rings(String geometry) {
        var node = json.readTree(geometry);
        var rings = new ArrayList<List<double[]>>();
        var coordinates = node.path("coordinates");
        if ("Polygon".equals(node.path("type").asString(""))) {
            addRings(coordinates, rings);
        } else {
            for (var polygon : coordinates) {
                addRings(polygon, rings);
            }
        }
        return rings;
    }

    private static void addRings(JsonNode polygon, List<List<double[]>> rings) {
        for (var ring : polygon) {
            var points = new ArrayList<double[]>();
            for (var position : ring) {
                points.add(new double[] {
                    position.get(0).asDouble(), position.get(1).asDouble()
                });
            }
            rings.add(points);
        }
    }

    /** One LSOA or ward: crimes over the period and residents (null when no estimate is loaded). */
    record Place(String code, String name, long crimes, Long population) {

        Double rate() {
            return population == null || population <= 0 ? null : crimes * 1000.0 / population;
        }
    }

    record Shape(String code, List<List<double[]>> rings) {}

    /**
     * Gi* z-scores by LSOA code.
     *
     * @param problem why Gi* could not be computed, or null
     */
    record HotSpots(Map<String, Double> z, String problem) {}

    /**
     * The places of an area.
     *
     * @param problem why nothing can be shown, or null
     */
    record Places(
            String vintage,
            List<Place> lsoas,
            List<Place> wards,
            List<Shape> shapes,
            HotSpots hotSpots,
            String problem) {

        static Places none(String problem) {
            return new Places(null, List.of(), List.of(), List.of(), new HotSpots(Map.of(), problem), problem);
        }
    }
}
