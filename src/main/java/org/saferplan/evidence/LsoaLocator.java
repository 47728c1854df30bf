package org.saferplan.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.saferplan.areas.AreaScopes;
import org.saferplan.areas.Geography;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finds the LSOA (2011, the vintage police.uk uses) that contains a point, among the LSOAs of an area, from the
 * boundaries ONS geography holds: a point is inside a polygon when a ray from it crosses the outer ring an odd number
 * of times and no hole contains it. Areas whose LSOA boundaries are not loaded find nothing.
 */
@Component
class LsoaLocator {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AreaScopes scopes;
    private final Geography geography;

    LsoaLocator(AreaScopes scopes, Geography geography) {
        this.scopes = scopes;
        this.geography = geography;
    }

    /** The LSOA polygons of an area, for many look-ups. */
    Shapes shapesOf(String areaCode) {
        var lsoas = scopes.of(areaCode).map(scope -> scope.lsoas()).orElse(java.util.Set.of());
        var shapes = new ArrayList<Shape>();
        for (var boundary : geography.boundaries("lsoa11", lsoas)) {
            shapes.add(new Shape(boundary.code(), polygons(JSON.readTree(boundary.geometry()))));
        }
        return new Shapes(shapes);
    }

    record Shapes(List<Shape> shapes) {

        Optional<String> lsoaAt(double longitude, double latitude) {
            return shapes.stream()
                    .filter(s -> s.contains(longitude, latitude))
                    .map(Shape::code)
                    .findFirst();
        }
    }

    /** An LSOA as polygons, each a list of rings (outer first, then holes) of [longitude, latitude] pairs. */
    record Shape(String code, List<List<double[][]>> polygons) {

        boolean contains(double x, double y) {
            for (var polygon : polygons) {
                if (inside(polygon.get(0), x, y)
                        && polygon.subList(1, polygon.size()).stream().noneMatch(hole -> inside(hole, x, y))) {
                    return true;
                }
            }
            return false;
        }

        private static boolean inside(double[][] ring, double x, double y) {
            boolean in = false;
            for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
                if ((ring[i][1] > y) != (ring[j][1] > y)
                        && x < (ring[j][0] - ring[i][0]) * (y - ring[i][1]) / (ring[j][1] - ring[i][1]) + ring[i][0]) {
                    in = !in;
                }
            }
            return in;
        }
    }

    private static List<List<double[][]>> polygons(JsonNode geometry) {
        var result = new ArrayList<List<double[][]>>();
        var type = geometry.path("type").asString();
        var coordinates = geometry.path("coordinates");
        if ("Polygon".equals(type)) {
            result.add(rings(coordinates));
        } else if ("MultiPolygon".equals(type)) {
            for (var polygon : coordinates) {
                result.add(rings(polygon));
            }
        }
        return result;
    }

    private static List<double[][]> rings(JsonNode polygon) {
        var rings = new ArrayList<double[][]>();
        for (var ring : polygon) {
            var points = new double[ring.size()][];
            for (int i = 0; i < ring.size(); i++) {
                points[i] = new double[] {
                    ring.get(i).get(0).asDouble(), ring.get(i).get(1).asDouble()
                };
            }
            rings.add(points);
        }
        return rings;
    }
}
