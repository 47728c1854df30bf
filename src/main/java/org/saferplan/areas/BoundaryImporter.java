package org.saferplan.areas;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.saferplan.audit.AuditTrail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports ONS boundary files (GeoJSON FeatureCollections in WGS84, as published by the Open Geography Portal with
 * properties such as {@code lsoa11_code} / {@code lsoa11_name}). The vintage comes from the property name
 * ({@code lsoa11}, {@code ward22}, {@code ltla24}, {@code pfa20}). The whole file is checked first; a good file
 * replaces the boundaries of the areas it contains, in one transaction.
 */
@Service
public class BoundaryImporter {

    private static final Pattern CODE_PROPERTY = Pattern.compile("^([a-z]+)(\\d{2})_code$");
    private static final Map<String, AreaKind> KIND_OF_PREFIX = Map.of(
            "lsoa", AreaKind.LSOA,
            "ward", AreaKind.WARD,
            "wd", AreaKind.WARD,
            "ltla", AreaKind.LOCAL_AUTHORITY,
            "lad", AreaKind.LOCAL_AUTHORITY,
            "csp", AreaKind.CSP,
            "pfa", AreaKind.POLICE_FORCE_AREA);

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final TransactionTemplate transactions;
    private final AuditTrail audit;
    private final JsonMapper json = JsonMapper.builder().build();

    BoundaryImporter(JdbcClient jdbc, JdbcTemplate jdbcTemplate, TransactionTemplate transactions, AuditTrail audit) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.transactions = transactions;
        this.audit = audit;
    }

    public GeographyImport importFile(String fileName, byte[] content) {
        var problems = new ArrayList<ImportProblem>();
        JsonNode root;
        try {
            root = json.readTree(content);
        } catch (JacksonException e) {
            return refused(fileName, "is not valid GeoJSON: " + e.getOriginalMessage());
        }
        if (root == null
                || !"FeatureCollection".equals(root.path("type").asString(""))
                || !root.path("features").isArray()) {
            return refused(fileName, "is not a GeoJSON FeatureCollection");
        }
        var features = root.path("features");
        if (features.isEmpty()) {
            return refused(fileName, "has no features");
        }
        String vintage = null;
        AreaKind kind = null;
        var staged = new LinkedHashMap<String, Staged>();
        for (int i = 0; i < features.size() && problems.size() < GeographyImporter.MAX_PROBLEMS; i++) {
            var feature = features.get(i);
            var where = "feature " + (i + 1);
            var properties = feature.path("properties");
            var codeProperty = properties.propertyNames().stream()
                    .filter(name -> CODE_PROPERTY.matcher(name).matches())
                    .findFirst()
                    .orElse(null);
            if (codeProperty == null) {
                problems.add(new ImportProblem(
                        fileName,
                        0,
                        where + " has no code property: expected one like lsoa11_code, ward22_code or ltla24_code"));
                continue;
            }
            var matcher = CODE_PROPERTY.matcher(codeProperty);
            matcher.matches();
            var featureVintage = matcher.group(1) + matcher.group(2);
            var featureKind = KIND_OF_PREFIX.get(matcher.group(1));
            if (featureKind == null) {
                problems.add(
                        new ImportProblem(
                                fileName,
                                0,
                                where + " has " + codeProperty
                                        + ": expected boundaries of LSOAs, wards, local authorities, CSPs or police force areas"));
                continue;
            }
            if (vintage == null) {
                vintage = featureVintage;
                kind = featureKind;
            } else if (!vintage.equals(featureVintage)) {
                problems.add(new ImportProblem(
                        fileName,
                        0,
                        where + " has " + codeProperty
                                + ": expected every feature to be of the same boundary set as the first (" + vintage
                                + ")"));
                continue;
            }
            var code = properties.path(codeProperty).asString("").strip().toUpperCase();
            if (!kind.accepts(code)) {
                problems.add(new ImportProblem(
                        fileName,
                        0,
                        where + " has " + codeProperty + " \"" + code + "\": expected a " + kind.label() + " code like "
                                + kind.example()));
                continue;
            }
            var name = properties
                    .path(matcher.group(1) + matcher.group(2) + "_name")
                    .asString("")
                    .strip();
            var geometry = feature.path("geometry");
            var geometryProblem = checkGeometry(geometry);
            if (geometryProblem != null) {
                problems.add(new ImportProblem(fileName, 0, where + " (" + code + ") " + geometryProblem));
                continue;
            }
            staged.put(code, new Staged(new Area(code, kind, name.isEmpty() ? code : name), geometry.toString()));
        }
        if (!problems.isEmpty()) {
            return new GeographyImport(fileName, "BOUNDARIES", null, staged.size(), problems);
        }
        store(fileName, vintage, staged);
        return new GeographyImport(fileName, "BOUNDARIES", null, staged.size(), List.of());
    }

    private record Staged(Area area, String geometry) {}

    /** A Polygon or MultiPolygon whose every position lies in the UK (WGS84), or why not. */
    private static String checkGeometry(JsonNode geometry) {
        var type = geometry.path("type").asString("");
        if (!"Polygon".equals(type) && !"MultiPolygon".equals(type)) {
            return "has a " + (type.isEmpty() ? "missing" : type) + " geometry: expected a Polygon or MultiPolygon";
        }
        var outside = firstPositionOutsideUk(geometry.path("coordinates"));
        return outside == null
                ? null
                : "has a point at " + outside
                        + " outside the UK: expected longitude and latitude in WGS84 (EPSG:4326), not British National Grid";
    }

    private static String firstPositionOutsideUk(JsonNode node) {
        if (node.isArray() && node.size() >= 2 && node.get(0).isNumber()) {
            double lon = node.get(0).asDouble();
            double lat = node.get(1).asDouble();
            return lon < -8.7 || lon > 1.8 || lat < 49.8 || lat > 60.9 ? lon + "," + lat : null;
        }
        if (node.isArray()) {
            for (var child : node) {
                var outside = firstPositionOutsideUk(child);
                if (outside != null) {
                    return outside;
                }
            }
            return null;
        }
        return "(not a coordinate)";
    }

    private void store(String fileName, String vintage, Map<String, Staged> staged) {
        transactions.executeWithoutResult(status -> {
            jdbcTemplate.batchUpdate("""
                            INSERT INTO geography_area (code, kind, name) VALUES (?, ?, ?)
                            ON CONFLICT (code) DO UPDATE SET name = CASE
                              WHEN EXCLUDED.name = EXCLUDED.code THEN geography_area.name ELSE EXCLUDED.name END
                            """, staged.values(), 500, (ps, item) -> {
                ps.setString(1, item.area().code());
                ps.setString(2, item.area().kind().name());
                ps.setString(3, item.area().name());
            });
            jdbcTemplate.batchUpdate("""
                            INSERT INTO geography_boundary (vintage, area_code, geometry) VALUES (?, ?, CAST(? AS JSONB))
                            ON CONFLICT (vintage, area_code) DO UPDATE SET geometry = EXCLUDED.geometry
                            """, staged.values(), 200, (ps, item) -> {
                ps.setString(1, vintage);
                ps.setString(2, item.area().code());
                ps.setString(3, item.geometry());
            });
            long id = jdbc.sql("""
                            INSERT INTO geography_import (file_name, layout, year, rows, imported_by)
                            VALUES (:file, 'BOUNDARIES', NULL, :rows, :by) RETURNING id
                            """)
                    .param("file", fileName)
                    .param("rows", staged.size())
                    .param("by", AuditTrail.currentActor())
                    .query(Long.class)
                    .single();
            audit.created(
                    null,
                    "geography-import",
                    id,
                    Map.of("file", fileName, "layout", "BOUNDARIES", "vintage", vintage, "areas", staged.size()));
        });
    }

    private static GeographyImport refused(String fileName, String message) {
        return new GeographyImport(fileName, null, null, 0, List.of(new ImportProblem(fileName, 0, message)));
    }
}
