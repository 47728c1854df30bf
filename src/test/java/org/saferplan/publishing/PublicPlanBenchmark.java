package org.saferplan.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.saferplan.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * How fast the public plan page is: its time at the server over loopback (median and 95th percentile of 200
 * requests after a warm-up; target 100 ms) and under 50 concurrent clients for 30 seconds (errors, throughput,
 * percentiles; target p99 under 500 ms). Prints figures; run on its own:
 * {@code ./mvnw test -Dfrontend.skip=true -Dgroups=benchmark -Dtest.excludedGroups= -Dtest=PublicPlanBenchmark}.
 */
@IntegrationTest
@Tag("benchmark")
class PublicPlanBenchmark {

    static final String PAGE = "/public/dorset/plan";
    static final int CLIENTS = 50;
    static final Duration LOAD = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newFixedThreadPool(8))
            .build();

    private long fetch() throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + PAGE))
                .header("Accept", "text/html")
                .GET()
                .build();
        long start = System.nanoTime();
        var response = client.send(request, HttpResponse.BodyHandlers.ofString());
        long nanos = System.nanoTime() - start;
        if (response.statusCode() != 200 || !response.body().contains("Rural Crime")) {
            throw new IllegalStateException("status " + response.statusCode());
        }
        return nanos;
    }

    @Test
    void thePublicPlanPageIsFastAloneAndUnderLoad() throws Exception {
        for (int i = 0; i < 100; i++) {
            fetch();
        }
        var single = new long[200];
        for (int i = 0; i < single.length; i++) {
            single[i] = fetch();
        }
        Arrays.sort(single);
        System.out.printf(
                "Public plan page, 200 sequential requests after warm-up: median %.1f ms, p95 %.1f ms,"
                        + " max %.1f ms (target: 100 ms)%n",
                ms(percentile(single, 50)), ms(percentile(single, 95)), ms(single[single.length - 1]));

        var latencies = new ConcurrentLinkedQueue<Long>();
        var errors = new AtomicLong();
        var pool = Executors.newFixedThreadPool(CLIENTS);
        long end = System.nanoTime() + LOAD.toNanos();
        for (int c = 0; c < CLIENTS; c++) {
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    try {
                        latencies.add(fetch());
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(LOAD.toSeconds() + 60, TimeUnit.SECONDS))
                .isTrue();
        List<Long> all = new ArrayList<>(latencies);
        var sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(
                "Public plan page, %d concurrent clients for %d s: %,d requests, %d errors, %.0f requests/s,"
                        + " p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms (target: no errors, p99 under 500 ms)%n",
                CLIENTS,
                LOAD.toSeconds(),
                sorted.length,
                errors.get(),
                sorted.length / (double) LOAD.toSeconds(),
                ms(percentile(sorted, 50)),
                ms(percentile(sorted, 95)),
                ms(percentile(sorted, 99)),
                ms(sorted[sorted.length - 1]));
        assertThat(errors.get()).isZero();
    }

    private static long percentile(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
