package org.saferplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database across real process lifetimes: a later start reuses the data, a start after SIGKILL
 * recovers at once (the orphaned postmaster is stopped), and a folder held by a running SaferPlan is refused
 * with a clear message.
 */
class EmbeddedDatabaseTests {

    @TempDir
    Path dataDir;

    private Process running;

    @AfterEach
    void stopChild() throws Exception {
        if (running != null && running.isAlive()) {
            stop(running);
        }
    }

    @Test
    void keepsDataAcrossStartsAndRecoversFromSigkillWithoutWaiting() throws Exception {
        var first = start("first");
        assertThat(readyRows(first)).isEqualTo(1);
        stop(first);

        var second = start("second");
        assertThat(readyRows(second)).isEqualTo(2);
        second.destroyForcibly().waitFor(10, TimeUnit.SECONDS); // SIGKILL: its postmaster is left running
        assertThat(Files.exists(dataDir.resolve("postgres/postmaster.pid"))).isTrue();

        long started = System.nanoTime();
        running = start("third");
        assertThat(readyRows(running)).isEqualTo(3);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        System.out.println("Start after SIGKILL ready in " + millis + " ms");
    }

    @Test
    void refusesAFolderHeldByAnotherRunningSaferplan() throws Exception {
        running = start("holder");
        assertThat(readyRows(running)).isEqualTo(1);

        assertThatThrownBy(() -> EmbeddedDatabase.start(dataDir, false))
                .isInstanceOf(EmbeddedDatabase.DataFolderInUseException.class)
                .hasMessageContaining("is in use by another running SaferPlan")
                .hasMessageContaining("process " + running.pid());
    }

    @Test
    void theStartupFailureSaysWhatToDo() {
        var analysis = new DataFolderInUseFailureAnalyzer()
                .analyze(new EmbeddedDatabase.DataFolderInUseException(dataDir, "1234"));
        assertThat(analysis.getDescription()).contains(dataDir.toString(), "process 1234");
        assertThat(analysis.getAction()).contains("SAFERPLAN_DATA_DIR");
    }

    private Process start(String label) throws IOException {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        EmbeddedDatabaseChild.class.getName(),
                        dataDir.toString(),
                        label)
                .redirectErrorStream(true)
                .start();
    }

    private static long readyRows(Process process) throws IOException {
        var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        var output = new StringBuilder();
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.startsWith("READY ")) {
                return Long.parseLong(line.substring(6).trim());
            }
            output.append(line).append('\n');
        }
        throw new AssertionError("The child process ended before it was ready:\n" + output);
    }

    private static void stop(Process process) throws Exception {
        process.getOutputStream().write("stop\n".getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().flush();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }
}
