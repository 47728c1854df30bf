package org.saferplan.areas;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.saferplan.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class BoundaryImportTests {

    @Autowired
    GeographyFiles files;

    @Autowired
    Geography geography;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theShippedBoundariesAreLoaded() {
        assertThat(geography.boundaryVintages())
                .containsEntry("lsoa11", 452L)
                .containsEntry("lsoa21", 463L)
                .containsEntry("ward22", 81L)
                .containsEntry("ltla24", 361L)
                .containsEntry("pfa20", 43L);
        var dorset = geography.boundaries("ltla24", List.of("E06000059"));
        assertThat(dorset).singleElement().satisfies(boundary -> {
            assertThat(boundary.name()).isEqualTo("Dorset");
            assertThat(boundary.geometry()).startsWith("{").contains("MultiPolygon");
        });
    }

    @Test
    void importsAFeatureCollectionAndReplacesTheSameAreas() {
        var square = feature("E01099991", "Test 001A", "[[[-2.0,50.7],[-1.9,50.7],[-1.9,50.8],[-2.0,50.7]]]");
        var first = files.importFile("test_lsoa.geojson", collection(square), null);
        assertThat(first.problems()).isEmpty();
        assertThat(first.rows()).isEqualTo(1);
        var bigger = feature("E01099991", "Test 001A", "[[[-2.1,50.7],[-1.9,50.7],[-1.9,50.9],[-2.1,50.7]]]");
        files.importFile("test_lsoa.geojson", collection(bigger), null);
        assertThat(geography.boundaries("lsoa99", List.of("E01099991")))
                .singleElement()
                .satisfies(boundary -> assertThat(boundary.geometry()).contains("-2.1"));
    }

    @Test
    void refusesBritishNationalGridCoordinatesNamingTheFeature() {
        var before = count();
        var result = files.importFile(
                "bng.geojson",
                collection(feature(
                        "E01099992",
                        "Test 002A",
                        "[[[400000,100000],[400100,100000],[400100,100100],[400000,100000]]]")),
                null);
        assertThat(result.problems())
                .singleElement()
                .satisfies(problem -> assertThat(problem.toString())
                        .isEqualTo("bng.geojson: feature 1 (E01099992) has a point at 400000.0,100000.0 outside the UK:"
                                + " expected longitude and latitude in WGS84 (EPSG:4326), not British National Grid"));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void refusesFilesThatAreNotFeatureCollections() {
        assertThat(files.importFile("x.geojson", "{\"type\":\"Feature\"}".getBytes(StandardCharsets.UTF_8), null)
                        .problems())
                .extracting(ImportProblem::toString)
                .containsExactly("x.geojson: is not a GeoJSON FeatureCollection");
        assertThat(files.importFile("y.geojson", "not json".getBytes(StandardCharsets.UTF_8), null)
                        .succeeded())
                .isFalse();
    }

    @Test
    void refusesFeaturesWithoutAnAreaCode() {
        var noCode = "{\"type\":\"Feature\",\"properties\":{\"name\":\"x\"},\"geometry\":{\"type\":\"Polygon\","
                + "\"coordinates\":[[[-2.0,50.7],[-1.9,50.7],[-1.9,50.8],[-2.0,50.7]]]}}";
        assertThat(files.importFile("z.geojson", collection(noCode), null).problems())
                .extracting(ImportProblem::toString)
                .containsExactly("z.geojson: feature 1 has no code property: expected one like lsoa11_code,"
                        + " ward22_code or ltla24_code");
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM geography_boundary")
                .query(Long.class)
                .single();
    }

    private static String feature(String code, String name, String polygon) {
        return "{\"type\":\"Feature\",\"properties\":{\"lsoa99_code\":\"" + code + "\",\"lsoa99_name\":\"" + name
                + "\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":" + polygon + "}}";
    }

    private static byte[] collection(String... features) {
        return ("{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}")
                .getBytes(StandardCharsets.UTF_8);
    }
}
