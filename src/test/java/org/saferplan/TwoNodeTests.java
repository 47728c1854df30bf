package org.saferplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.saferplan.jobs.ClusterLock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/** Two SaferPlan instances on one database behave as one: shared sessions, background work done once. */
@IntegrationTest
class TwoNodeTests {

    @LocalServerPort
    int port;

    @Autowired
    ClusterLock clusterLock;

    @Test
    void aSessionMadeOnOneNodeIsHonouredByTheOther() throws Exception {
        try (var second = new SpringApplicationBuilder(SaferplanApplication.class)
                .profiles("test")
                // As arguments, so they win over application.yml's PORT default even when PORT is unset.
                .run("--server.port=0", "--saferplan.database.clean-on-start=false")) {
            int secondPort =
                    ((WebServerApplicationContext) second).getWebServer().getPort();
            var person = new HttpUser("http://localhost:" + port);
            person.signIn("analyst", "saferplan-demo");

            var onSecond = person.on("http://localhost:" + secondPort).get("/");
            assertThat(onSecond.statusCode()).isEqualTo(200);
            assertThat(HttpUser.html(onSecond).select(".app-account-bar").text())
                    .contains("Alex Shah");

            var signOutPage = person.get("/");
            assertThat(person.post("/sign-out", java.util.Map.of()).statusCode())
                    .isEqualTo(302);
            var backOnFirst = person.on("http://localhost:" + port).get("/partnerships/dorset");
            assertThat(backOnFirst.statusCode()).isEqualTo(302);
            assertThat(signOutPage.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void scheduledWorkRunsOnOneNodeAtATime() throws Exception {
        var runs = new AtomicInteger();
        var inside = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> clusterLock.runIfFree("two-node-test", () -> {
                runs.incrementAndGet();
                inside.countDown();
                await(release);
            }));
            assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
            var second = pool.submit(() -> clusterLock.runIfFree("two-node-test", runs::incrementAndGet));
            assertThat(second.get(10, TimeUnit.SECONDS)).isFalse();
            release.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();
            assertThat(runs.get()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
