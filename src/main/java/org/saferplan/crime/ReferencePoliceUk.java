package org.saferplan.crime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
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
 * Loads the police.uk street files shipped inside SaferPlan (src/main/resources/reference/police-uk: Dorset and
 * Wiltshire, October 2018 to February 2019) into an empty archive on first start, after the ONS geography, so the
 * crime pages show real figures from the start. Always, not only in demo mode: it is public, national data. Also
 * closes imports that a node which died left "running".
 */
@Component
@Order(6)
class ReferencePoliceUk implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReferencePoliceUk.class);

    private final CrimeImports imports;
    private final ClusterLock clusterLock;
    private final JdbcClient jdbc;

    ReferencePoliceUk(CrimeImports imports, ClusterLock clusterLock, JdbcClient jdbc) {
        this.imports = imports;
        this.clusterLock = clusterLock;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        imports.failAbandoned();
        clusterLock.runExclusively("reference-police-uk", () -> {
            boolean empty = jdbc.sql("SELECT NOT EXISTS (SELECT 1 FROM crime_file)")
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
            var resources =
                    new PathMatchingResourcePatternResolver().getResources("classpath:reference/police-uk/*.csv");
            Arrays.sort(resources, Comparator.comparing(Resource::getFilename));
            var folder = Files.createTempDirectory("saferplan-police-uk-");
            try {
                var files = new ArrayList<SourceFile>();
                for (var resource : resources) {
                    var target = folder.resolve(resource.getFilename());
                    try (var in = resource.getInputStream()) {
                        Files.copy(in, target);
                    }
                    files.add(new SourceFile(resource.getFilename(), target));
                }
                var result = imports.runNow("police.uk files shipped with SaferPlan", files);
                if (!result.succeeded()) {
                    throw new IllegalStateException("The shipped police.uk files are invalid: " + result.problems());
                }
                log.info("Loaded the shipped police.uk files ({} files, {} rows)", files.size(), result.rows());
            } finally {
                for (var file : Files.list(folder).toList()) {
                    Files.deleteIfExists(file);
                }
                Files.deleteIfExists(folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
