package org.saferplan.crime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.saferplan.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Import speed on the real police.uk files: prints rows/s, asserts no timing. A benchmark, not a test: it loads
 * the real months again under other force names, which would disturb the statistics other tests check, so it runs
 * on its own: {@code ./mvnw test -Dfrontend.skip=true -Dgroups=benchmark -DexcludedGroups= -Dtest=CrimeImportBenchmark}.
 */
@IntegrationTest
@Tag("benchmark")
class CrimeImportBenchmark {

    static final Path POLICE_UK = Path.of("..", "shared", "data", "police-uk");

    @Autowired
    CrimeImports imports;

    @Autowired
    JdbcClient jdbc;

    final TestFiles files = new TestFiles();

    @Test
    void measuresRowsPerSecondOnTheRealFiles() throws Exception {
        for (int round = 1; round <= 3; round++) {
            var real = new ArrayList<SourceFile>();
            try (var paths = Files.list(POLICE_UK)) {
                for (var path : paths.sorted().toList()) {
                    var name = path.getFileName().toString().replace("-street.csv", "-speed" + round + "-street.csv");
                    real.add(new SourceFile(name, path));
                }
            }
            long start = System.nanoTime();
            var result = imports.runNow("speed test", real);
            double seconds = (System.nanoTime() - start) / 1e9;
            assertThat(result.problems()).isEmpty();
            System.out.printf(
                    "police.uk street import, round %d: %,d rows in %d files, %.3f s = %,.0f rows/s%n",
                    round, result.rows(), real.size(), seconds, result.rows() / seconds);
        }
        // One larger file (the real 2018-10 Dorset rows, 30 times over), so per-file work weighs less.
        var lines = Files.readAllLines(POLICE_UK.resolve("2018-10-dorset-street.csv"));
        var big = new StringBuilder(lines.get(0)).append('\n');
        for (int copy = 0; copy < 30; copy++) {
            for (var line : lines.subList(1, lines.size())) {
                big.append(line).append('\n');
            }
        }
        var file = files.file("2018-10-speed-big-street.csv", big.toString());
        var reader = new PoliceUkReader(new Dictionaries(jdbc), new ArrayList<>());
        for (int round = 1; round <= 3; round++) {
            long parseStart = System.nanoTime();
            var read = reader.read(file, PoliceUkFileName.parse(file.name()), (short) 1, null, null);
            double parseSeconds = (System.nanoTime() - parseStart) / 1e9;
            System.out.printf(
                    "police.uk street file checked without storing, round %d: %,d rows, %.3f s = %,.0f" + " rows/s%n",
                    round, read.rows, parseSeconds, read.rows / parseSeconds);
        }
        long start = System.nanoTime();
        var result = imports.runNow("speed test", List.of(file));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(result.rows()).isEqualTo(30 * 6_440);
        System.out.printf(
                "police.uk street import, one file: %,d rows, %.3f s = %,.0f rows/s%n",
                result.rows(), seconds, result.rows() / seconds);
    }
}
