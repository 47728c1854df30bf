package org.saferplan.areas;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import org.saferplan.jobs.ClusterLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads the ONS geography shipped inside SaferPlan (src/main/resources/reference/ons: national authority, CSP and
 * police force lookups and populations; LSOA tables for the Dorset and Wiltshire police areas; reference/boundaries:
 * national authority and police force area boundaries, Dorset LSOA and ward boundaries) on the first start
 * of an empty database, so partnerships can be checked against real local authority codes from the start.
 */
@Component
@Order(5)
class ReferenceGeography implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReferenceGeography.class);

    private final GeographyFiles importer;
    private final ClusterLock clusterLock;
    private final JdbcClient jdbc;

    ReferenceGeography(GeographyFiles importer, ClusterLock clusterLock, JdbcClient jdbc) {
        this.importer = importer;
        this.clusterLock = clusterLock;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        clusterLock.runExclusively("reference-geography", () -> {
            boolean empty = jdbc.sql("SELECT NOT EXISTS (SELECT 1 FROM geography_import)")
                    .query(Boolean.class)
                    .single();
            if (empty) {
                load();
            }
            return null;
        });
    }

    private void load() {
        try {
            var resolver = new PathMatchingResourcePatternResolver();
            var tables = resolver.getResources("classpath:reference/ons/*.csv");
            var shapes = resolver.getResources("classpath:reference/boundaries/*.geojson");
            var files = java.util.stream.Stream.concat(Arrays.stream(tables), Arrays.stream(shapes))
                    .toArray(Resource[]::new);
            Arrays.sort(files, Comparator.comparing(Resource::getFilename));
            for (var file : files) {
                var result = importer.importFile(file.getFilename(), file.getContentAsByteArray(), null);
                if (!result.succeeded()) {
                    throw new IllegalStateException("The shipped reference file is invalid: " + result.problems());
                }
            }
            log.info("Loaded the shipped ONS reference geography ({} files)", files.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
