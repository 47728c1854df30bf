package org.saferplan.areas;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Questions about ONS geography, for every module. */
@Service
public class Geography {

    private final JdbcClient jdbc;

    Geography(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Area> find(String code) {
        return jdbc.sql("SELECT code, kind, name FROM geography_area WHERE code = :code")
                .param("code", code == null ? "" : code.strip().toUpperCase())
                .query((rs, row) -> new Area(
                        rs.getString("code").strip(), AreaKind.valueOf(rs.getString("kind")), rs.getString("name")))
                .optional();
    }

    /** The local authority with this code, if ONS geography knows one. */
    public Optional<Area> localAuthority(String code) {
        return find(code).filter(area -> area.kind() == AreaKind.LOCAL_AUTHORITY);
    }

    /** Whether any local authorities have been loaded (so codes can be checked against them). */
    public boolean knowsLocalAuthorities() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM geography_area WHERE kind = 'LOCAL_AUTHORITY')")
                .query(Boolean.class)
                .single();
    }

    /**
     * The local authorities ONS geography knows by this name (case and surrounding spaces ignored); or, when none,
     * the successors of a district abolished since 2011: LSOA 2011 names keep the district they were drawn in
     * ("Purbeck 001A"), and the LSOA 2011 to 2021 authority lookup says where each LSOA went (Purbeck to Dorset).
     * Empty when neither knows the name; more than one when the name is ambiguous or the district was split.
     */
    public List<Area> localAuthoritiesNamed(String name) {
        var clean = name == null ? "" : name.strip();
        var direct = jdbc.sql("""
                        SELECT code, kind, name FROM geography_area
                        WHERE kind = 'LOCAL_AUTHORITY' AND lower(name) = lower(:name) ORDER BY code
                        """)
                .param("name", clean)
                .query((rs, row) ->
                        new Area(rs.getString("code").strip(), AreaKind.LOCAL_AUTHORITY, rs.getString("name")))
                .list();
        if (!direct.isEmpty() || clean.isEmpty()) {
            return direct;
        }
        return jdbc.sql("""
                        SELECT DISTINCT a.code, a.name FROM geography_area l
                        JOIN geography_link k ON k.child_code = l.code AND k.lookup = 'lsoa11_ltla21'
                        JOIN geography_area a ON a.code = k.parent_code
                        WHERE l.kind = 'LSOA' AND lower(substring(l.name from '^(.*) [0-9]{3}[A-Z]$')) = lower(:name)
                        ORDER BY a.code
                        """)
                .param("name", clean)
                .query((rs, row) ->
                        new Area(rs.getString("code").strip(), AreaKind.LOCAL_AUTHORITY, rs.getString("name")))
                .list();
    }

    /** The CSPs an authority belongs to in the ONS lookup (Bournemouth, Christchurch and Poole has three). */
    public List<Area> cspsOf(String localAuthorityCode) {
        return parents("ltla24_csp24", localAuthorityCode);
    }

    public Optional<Integer> population(String code, int year) {
        return jdbc.sql("SELECT population FROM population_estimate WHERE area_code = :code AND year = :year")
                .param("code", code)
                .param("year", year)
                .query(Integer.class)
                .optional();
    }

    /** How many areas of each kind are loaded. */
    public Map<AreaKind, Long> counts() {
        return jdbc
                .sql("SELECT kind, count(*) AS n FROM geography_area GROUP BY kind")
                .query((rs, row) -> Map.entry(AreaKind.valueOf(rs.getString("kind")), rs.getLong("n")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The years of population estimates loaded, with how many areas each covers. */
    public Map<Integer, Long> populationYears() {
        return jdbc
                .sql("SELECT year, count(*) AS n FROM population_estimate GROUP BY year ORDER BY year")
                .query((rs, row) -> Map.entry(rs.getInt("year"), rs.getLong("n")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, java.util.TreeMap::new));
    }

    /** Files imported so far, newest first. */
    public List<ImportedFile> imports() {
        return jdbc.sql("""
                        SELECT file_name, layout, year, rows, imported_at, imported_by
                        FROM geography_import ORDER BY imported_at DESC, id DESC LIMIT 200
                        """)
                .query((rs, row) -> new ImportedFile(
                        rs.getString("file_name"),
                        describeLayout(rs.getString("layout")),
                        (Integer) rs.getObject("year"),
                        rs.getLong("rows"),
                        rs.getTimestamp("imported_at").toInstant(),
                        rs.getString("imported_by")))
                .list();
    }

    /** The boundaries of a vintage (e.g. lsoa11) for the given areas, for maps. */
    public List<Boundary> boundaries(String vintage, java.util.Collection<String> codes) {
        return jdbc.sql("""
                        SELECT b.area_code, a.name, b.geometry::text AS geometry
                        FROM geography_boundary b JOIN geography_area a ON a.code = b.area_code
                        WHERE b.vintage = :vintage AND b.area_code IN (:codes) ORDER BY b.area_code
                        """)
                .param("vintage", vintage)
                .param("codes", codes.isEmpty() ? List.of("") : codes)
                .query((rs, row) ->
                        new Boundary(rs.getString("area_code").strip(), rs.getString("name"), rs.getString("geometry")))
                .list();
    }

    /** The boundary sets loaded, with how many areas each has. */
    public Map<String, Long> boundaryVintages() {
        return jdbc
                .sql("SELECT vintage, count(*) AS n FROM geography_boundary GROUP BY vintage ORDER BY vintage")
                .query((rs, row) -> Map.entry(rs.getString("vintage"), rs.getLong("n")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, java.util.TreeMap::new));
    }

    static String describeLayout(String layout) {
        return "BOUNDARIES".equals(layout)
                ? "Boundaries (GeoJSON)"
                : OnsLayout.valueOf(layout).description();
    }

    private List<Area> parents(String lookup, String childCode) {
        return jdbc.sql("""
                        SELECT a.code, a.kind, a.name FROM geography_link l
                        JOIN geography_area a ON a.code = l.parent_code
                        WHERE l.lookup = :lookup AND l.child_code = :child ORDER BY a.name
                        """)
                .param("lookup", lookup)
                .param("child", childCode)
                .query((rs, row) -> new Area(
                        rs.getString("code").strip(), AreaKind.valueOf(rs.getString("kind")), rs.getString("name")))
                .list();
    }

    /** An area's boundary: its GeoJSON geometry as text. */
    public record Boundary(String code, String name, String geometry) {}

    /** One imported file as listed to administrators. */
    public record ImportedFile(
            String file, String layout, Integer year, long rows, Instant importedAt, String importedBy) {}
}
