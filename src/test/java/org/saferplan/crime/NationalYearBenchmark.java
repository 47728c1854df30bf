package org.saferplan.crime;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.saferplan.HttpUser;
import org.saferplan.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A national year of police.uk street files (about 6.5 million rows, 43 forces, {@link NationalYearGenerator})
 * imported through the real import path; prints rows/s end to end, peak heap, the split of the time, DuckDB's
 * read_csv + GROUP BY on the same files as a reference, and the Dorset partnership's statistics page and API times
 * with the year loaded. Asserts no timing (the machine is shared). Run it on its own, in a 1 GB heap:
 * {@code ./mvnw test -Pbenchmark -Dfrontend.skip=true -Dtest=NationalYearBenchmark} (system property
 * {@code benchmark.rounds}, default 2: later rounds import the same files under other force names;
 * {@code -Dbenchmark.duckdb=false} leaves out the DuckDB reference).
 */
@IntegrationTest
@Tag("benchmark")
class NationalYearBenchmark {

    static final String DORSET_CSP = "E22000367";

    @Autowired
    CrimeImports imports;

    @Autowired
    PoliceUkImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.saferplan.security.ApiTokens tokens;

    @LocalServerPort
    int port;

    @Autowired
    AreaCrimeStatistics statistics;

    @Autowired
    CrimeComparisons comparisons;

    @Autowired
    CrimeTrends trends;

    @Autowired
    CrimePlaces places;

    @Autowired
    org.saferplan.areas.AreaScopes scopes;

    @Autowired
    org.saferplan.governance.Partnerships partnerships;

    @Autowired
    AreaCrimeReports reports;

    @Test
    void importsANationalYear() throws Exception {
        long generateStart = System.nanoTime();
        var folder = NationalYearGenerator.folder();
        var files = NationalYearGenerator.files(folder);
        long bytes = 0;
        for (var file : files) {
            bytes += Files.size(file.path());
        }
        say(
                "%nnational year: %d files, %,.0f MB of CSV in %s (ready in %.1f s); heap limit %,d MB;" + " load %s%n",
                files.size(),
                bytes / 1e6,
                folder,
                (System.nanoTime() - generateStart) / 1e9,
                Runtime.getRuntime().maxMemory() >> 20,
                uptime());

        // The same pages with only the demo months stored, to see what the national year adds.
        say("before the import (demo months only, default period):%n");
        var user = new HttpUser("http://localhost:" + port);
        user.signIn("analyst", "saferplan-demo");
        time("GET /partnerships/dorset/crime (default period)", () -> {
            assertThat(user.get("/partnerships/dorset/crime").statusCode()).isEqualTo(200);
            return null;
        });

        int rounds = Integer.getInteger("benchmark.rounds", 2);
        var rates = new ArrayList<Double>();
        for (int round = 1; round <= rounds; round++) {
            var named = round == 1 ? files : renamed(files, "-r" + round);
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(pool -> pool.resetPeakUsage());
            double javaCpu = javaCpuSeconds();
            double postgresCpu = postgresCpuSeconds();
            long start = System.nanoTime();
            var result = imports.runNow("national year benchmark", named);
            double seconds = (System.nanoTime() - start) / 1e9;
            javaCpu = javaCpuSeconds() - javaCpu;
            postgresCpu = postgresCpuSeconds() - postgresCpu;
            assertThat(result.problems()).isEmpty();
            long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP)
                    .mapToLong(pool -> pool.getPeakUsage().getUsed())
                    .sum();
            double rate = result.rows() / seconds;
            rates.add(rate);
            say(
                    "round %d: %,d rows in %d files, %.2f s = %,.0f rows/s end to end; peak heap %,d MB;"
                            + " load %s%n",
                    round, result.rows(), named.size(), seconds, rate, peak >> 20, uptime());
            say("  split: %s%n", importer.lastTimings());
            if (round == 1) {
                // The statistics with exactly one national year (and the demo months) loaded.
                defaultReportReady(start + (long) (seconds * 1e9));
                statisticsPages();
            }
            say(
                    "  CPU: Java %.1f s + PostgreSQL %.1f s = %.2f CPU-us a row; on 2 otherwise idle cores"
                            + " that is at best %,.0f rows/s%n",
                    javaCpu,
                    postgresCpu,
                    (javaCpu + postgresCpu) * 1e6 / result.rows(),
                    result.rows() / ((javaCpu + postgresCpu) / 2));
        }
        rates.sort(null);
        say(
                "import rows/s: best %,.0f, median %,.0f over %d rounds%n",
                rates.get(rates.size() - 1), rates.get(rates.size() / 2), rates.size());
        say(
                "stored: %,d street rows, %,d cube cells; database %s%n",
                jdbc.sql("SELECT count(*) FROM crime_street").query(Long.class).single(),
                jdbc.sql("SELECT count(*) FROM crime_cube").query(Long.class).single(),
                jdbc.sql("SELECT pg_size_pretty(pg_database_size(current_database()))")
                        .query(String.class)
                        .single());

        if (Boolean.parseBoolean(System.getProperty("benchmark.duckdb", "true"))) {
            duckDb(folder, bytes);
        }
    }

    /** DuckDB (in memory) reading the same CSV files and counting the cube: a reference, not a durable load. */
    private static void duckDb(Path folder, long bytes) throws Exception {
        try (var connection = DriverManager.getConnection("jdbc:duckdb:");
                var statement = connection.createStatement()) {
            for (int round = 1; round <= 2; round++) {
                long start = System.nanoTime();
                long cells = 0;
                long rows = 0;
                try (var rs = statement.executeQuery("""
                        SELECT count(*) AS cells, sum(crimes) AS rows FROM (
                          SELECT "Falls within", "Month", "Crime type", "LSOA code", count(*) AS crimes
                          FROM read_csv('%s/*/*-street.csv', header = true, all_varchar = true)
                          GROUP BY ALL)""".formatted(folder))) {
                    rs.next();
                    cells = rs.getLong(1);
                    rows = rs.getLong(2);
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                say(
                        "DuckDB read_csv + GROUP BY, round %d: %,d rows into %,d cells in %.2f s = %,.0f"
                                + " rows/s (%,.0f MB/s)%n",
                        round, rows, cells, seconds, rows / seconds, bytes / 1e6 / seconds);
            }
        }
    }

    /**
     * How long after the import the Dorset partnership's default report, worked out in the background after every
     * import, was ready: until then a first view would work it out itself.
     */
    private void defaultReportReady(long importEnded) throws InterruptedException {
        var dorset = partnerships.findBySlug("dorset").orElseThrow();
        var scope = reports.partnershipScope(dorset);
        while (reports.kept(scope, null, null, null, null, null).isEmpty()
                && System.nanoTime() - importEnded < 120_000_000_000L) {
            Thread.sleep(10);
        }
        say(
                "  the Dorset partnership's default report was ready %.2f s after the import ended%n",
                (System.nanoTime() - importEnded) / 1e9);
    }

    /** The Dorset partnership's crime statistics, API and page, over the national year. */
    private void statisticsPages() throws Exception {
        var api = HttpClient.newHttpClient();
        // A bearer token (SHA-256 checked), as scripted clients use: HTTP Basic would time Argon2id, not the page.
        long analyst = jdbc.sql("SELECT id FROM app_user WHERE username = 'analyst'")
                .query(Long.class)
                .single();
        var basic = "Bearer " + tokens.create(analyst, "national year benchmark");
        var apiRequest = HttpRequest.newBuilder(URI.create(
                        "http://localhost:" + port + "/api/v1/areas/" + DORSET_CSP + "/crime?from=2023-01&to=2023-12"))
                .header("Authorization", basic)
                .build();
        time("GET /api/v1/areas/" + DORSET_CSP + "/crime?from=2023-01&to=2023-12", () -> {
            var response = api.send(apiRequest, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("\"total\"");
            return null;
        });
        var user = new HttpUser("http://localhost:" + port);
        user.signIn("analyst", "saferplan-demo");
        time("GET /partnerships/dorset/crime?from=2023-01&to=2023-12", () -> {
            var response = user.get("/partnerships/dorset/crime?from=2023-01&to=2023-12");
            assertThat(response.statusCode()).isEqualTo(200);
            return null;
        });
        time("GET /partnerships/dorset/crime (default period)", () -> {
            var response = user.get("/partnerships/dorset/crime");
            assertThat(response.statusCode()).isEqualTo(200);
            return null;
        });
        firstViews(user);
        breakdown();
        int hold = Integer.getInteger("benchmark.holdMinutes", 0);
        if (hold > 0) {
            // For a look with psql at the loaded year (EXPLAIN ANALYZE of the page's queries).
            say(
                    "holding the database for %d minutes: %s%n",
                    hold,
                    jdbc.sql(
                                    "SELECT concat('port ', "
                                            + "current_setting('port'), ', database ', current_database(), ', user ', current_user)")
                            .query(String.class)
                            .single());
            Thread.sleep(hold * 60_000L);
        }
    }

    /**
     * Views nobody has asked for since the data changed (a new period each), so nothing is kept for them: what an
     * analyst waits for when first choosing a period or a peer group.
     */
    private void firstViews(HttpUser user) throws Exception {
        var millis = new double[11];
        for (int i = 0; i < millis.length; i++) {
            var path = "/partnerships/dorset/crime?from=2023-%02d&to=2023-12".formatted(i + 1);
            long start = System.nanoTime();
            assertThat(user.get(path).statusCode()).isEqualTo(200);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        say(
                "GET /partnerships/dorset/crime, first view of each of %d new periods: median %.1f ms, max %.1f ms;"
                        + " load %s%n",
                millis.length, millis[millis.length / 2], millis[millis.length - 1], uptime());
    }

    /** Where the page's time goes: each part of the analysis on its own, called as the page calls it. */
    private void breakdown() throws Exception {
        var dorset = partnerships.findBySlug("dorset").orElseThrow();
        var scope = scopes.ofPartnership(
                dorset.slug(),
                dorset.name(),
                dorset.area().stream().map(Object::toString).toList());
        var from = java.time.YearMonth.of(2023, 1);
        var to = java.time.YearMonth.of(2023, 12);
        var crime = statistics.of(scope, from, to);
        var covid = CrimeTrends.covidPeriod(null, null);
        quietly("  part: statistics.of", () -> statistics.of(scope, from, to));
        quietly("  part: comparisons.compare", () -> comparisons.compare(crime, List.of()));
        quietly("  part: trends.of", () -> trends.of(scope, covid[0], covid[1]));
        quietly("  part: places.of", () -> places.of(scope, from, to, crime.population()));
        var result = new CrimeAnalysis.Result(
                comparisons.compare(crime, List.of()),
                trends.of(scope, covid[0], covid[1]),
                places.of(scope, from, to, crime.population()));
        quietly("  part: page models", () -> {
            AreaCrimePages.of(crime, "Crime", "dorset", false, "/x");
            return CrimeAnalysis.page(result);
        });
    }

    private void quietly(String what, Callable<Object> part) throws Exception {
        for (int i = 0; i < 5; i++) {
            part.call();
        }
        var millis = new double[21];
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            part.call();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        say("%s: median %.1f ms, max %.1f ms%n", what, millis[10], millis[20]);
    }

    private void time(String what, Callable<Void> request) throws Exception {
        long first = System.nanoTime();
        request.call();
        say("%s: first request %.0f ms%n", what, (System.nanoTime() - first) / 1e6);
        for (int i = 0; i < 10; i++) {
            request.call();
        }
        var millis = new double[50];
        double cpu = javaCpuSeconds() + postgresCpuSeconds();
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            request.call();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        cpu = javaCpuSeconds() + postgresCpuSeconds() - cpu;
        Arrays.sort(millis);
        say(
                "%s: median %.1f ms, p95 %.1f ms, max %.1f ms over %d requests; CPU (Java + PostgreSQL)"
                        + " %.0f ms a request; load %s%n",
                what, millis[25], millis[47], millis[49], millis.length, cpu * 1000 / millis.length, uptime());
    }

    private static List<SourceFile> renamed(List<SourceFile> files, String suffix) {
        return files.stream()
                .map(file -> new SourceFile(file.name().replace("-street.csv", suffix + "-street.csv"), file.path()))
                .toList();
    }

    /** Prints a line, and appends it to target/national-year-benchmark.txt (kept even if the fork is killed). */
    private static void say(String format, Object... values) {
        var line = String.format(format, values);
        System.out.print(line);
        try {
            Files.writeString(
                    Path.of("target", "national-year-benchmark.txt"),
                    line,
                    java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (java.io.IOException e) {
            System.out.println("(could not append to target/national-year-benchmark.txt: " + e.getMessage() + ")");
        }
    }

    private static double javaCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime()
                / 1e9;
    }

    /**
     * CPU time of the PostgreSQL server so far: the postmaster, its live children and (through the postmaster's
     * children times) those that ended, from /proc (Linux).
     */
    private double postgresCpuSeconds() throws java.io.IOException {
        var dataDirectory = jdbc.sql("SHOW data_directory").query(String.class).single();
        var postmaster = Files.readAllLines(Path.of(dataDirectory, "postmaster.pid"))
                .get(0)
                .strip();
        long ticks = 0;
        try (var processes = Files.list(Path.of("/proc"))) {
            for (var process : processes
                    .filter(p -> p.getFileName().toString().matches("\\d+"))
                    .toList()) {
                String stat;
                try {
                    stat = Files.readString(process.resolve("stat"));
                } catch (java.io.IOException gone) {
                    continue;
                }
                var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                boolean self = process.getFileName().toString().equals(postmaster);
                if (self || fields[1].equals(postmaster)) {
                    ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    if (self) {
                        ticks += Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
                    }
                }
            }
        }
        return ticks / 100.0;
    }

    private static String uptime() {
        return String.format(
                "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
