package org.saferplan;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL server: the real server binary (zonky's Maven artifact) with its cluster in
 * {@code <dataDir>/postgres}.
 *
 * <p>Why the extra lock: after {@code kill -9} of SaferPlan the postmaster it started survives and still holds the
 * cluster. The operating system releases {@code <dataDir>/saferplan.lock} when its holder dies, so holding that lock
 * proves no other SaferPlan uses the folder, and any postmaster still listed in {@code postmaster.pid} is an orphan
 * that can be stopped before the server starts again. If the lock is held, another SaferPlan is running and
 * start-up stops with a message saying so. One server per folder per JVM, so test contexts share it.
 */
public final class EmbeddedDatabase {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Map<Path, EmbeddedDatabase> running = new ConcurrentHashMap<>();
    private static final Duration orphanStopWait = Duration.ofSeconds(20);

    private final EmbeddedPostgres server;
    // Held (and so referenced) for the life of the JVM: the OS releases the lock when the process ends.
    @SuppressWarnings("unused")
    private final FileChannel lockChannel;

    private EmbeddedDatabase(EmbeddedPostgres server, FileChannel lockChannel) {
        this.server = server;
        this.lockChannel = lockChannel;
    }

    /** Starts (or, within this JVM, reuses) the server whose data lives in {@code dataDir}. */
    public static EmbeddedDatabase start(Path dataDir, boolean clean) {
        return running.computeIfAbsent(dataDir.toAbsolutePath().normalize(), dir -> startFresh(dir, clean));
    }

    public String jdbcUrl() {
        return server.getJdbcUrl("postgres", "postgres");
    }

    private static EmbeddedDatabase startFresh(Path dataDir, boolean clean) {
        try {
            if (clean) {
                deleteRecursively(dataDir);
            }
            Files.createDirectories(dataDir);
            var lockChannel = lockFolder(dataDir);
            var cluster = dataDir.resolve("postgres");
            stopOrphanedPostmaster(cluster);
            var started = System.nanoTime();
            var server = EmbeddedPostgres.builder()
                    .setDataDirectory(cluster)
                    .setCleanDataDirectory(false)
                    // zonky starts the server with fsync off, which is right for throwaway tests only.
                    .setServerConfig("fsync", clean ? "off" : "on")
                    .setServerConfig("max_connections", "100")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            log.info(
                    "Embedded PostgreSQL ready in {} ms, data in {}",
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started),
                    cluster);
            return new EmbeddedDatabase(server, lockChannel);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    private static FileChannel lockFolder(Path dataDir) throws IOException {
        var lockFile = dataDir.resolve("saferplan.lock");
        var channel = FileChannel.open(
                lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
        FileLock lock = channel.tryLock();
        if (lock == null) {
            var holder = Files.readString(lockFile, StandardCharsets.UTF_8).trim();
            channel.close();
            throw new DataFolderInUseException(dataDir, holder);
        }
        channel.truncate(0);
        channel.write(
                ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)));
        channel.force(true);
        return channel;
    }

    /** Stops a postmaster left running by a SaferPlan that was killed; we hold the folder lock, so it is orphaned. */
    private static void stopOrphanedPostmaster(Path cluster) throws IOException {
        var pidFile = cluster.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        var firstLine = Files.readAllLines(pidFile, StandardCharsets.US_ASCII).stream()
                .findFirst()
                .orElse("");
        Optional<ProcessHandle> postmaster;
        try {
            postmaster = ProcessHandle.of(Long.parseLong(firstLine.trim()));
        } catch (NumberFormatException e) {
            postmaster = Optional.empty();
        }
        var orphan = postmaster.filter(ProcessHandle::isAlive).filter(EmbeddedDatabase::isPostgres);
        if (orphan.isEmpty()) {
            // A stale file from a crashed server: PostgreSQL itself recovers from it.
            return;
        }
        var process = orphan.get();
        log.warn("Stopping PostgreSQL process {} left running by a SaferPlan that did not shut down", process.pid());
        // SIGINT is PostgreSQL's fast shutdown: it ends sessions and checkpoints, so the next start needs no recovery.
        new ProcessBuilder("kill", "-INT", Long.toString(process.pid()))
                .inheritIO()
                .start();
        try {
            process.onExit().get(orphanStopWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info()
                .command()
                .map(command -> command.endsWith("postgres"))
                .orElse(true);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** Thrown when another running SaferPlan holds the data folder. */
    public static final class DataFolderInUseException extends IllegalStateException {

        private final Path dataDir;

        DataFolderInUseException(Path dataDir, String holderPid) {
            super("The data folder " + dataDir + " is in use by another running SaferPlan"
                    + (holderPid.isEmpty() ? "" : " (process " + holderPid + ")") + ".");
            this.dataDir = dataDir;
        }

        public Path dataDir() {
            return dataDir;
        }
    }
}
