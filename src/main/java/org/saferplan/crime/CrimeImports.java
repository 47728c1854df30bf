package org.saferplan.crime;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.saferplan.audit.AuditTrail;
import org.saferplan.jobs.ClusterLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports of police.uk files as jobs ({@code crime_import}): an upload is saved to disk, recorded as running and
 * imported on a background thread, so the request returns at once; progress (files done, rows read) is written as it
 * goes, in its own short transactions, so anyone can read it while the import's own transaction is still open.
 */
@Service
public class CrimeImports {

    private static final Logger log = LoggerFactory.getLogger(CrimeImports.class);
    private static final long PROGRESS_INTERVAL_NANOS = 500_000_000L;

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final PoliceUkImporter importer;
    private final ClusterLock clusterLock;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final JsonMapper json = JsonMapper.builder().build();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        var thread = new Thread(runnable, "crime-import");
        thread.setDaemon(true);
        return thread;
    });
    private final Set<Long> runningHere = ConcurrentHashMap.newKeySet();

    CrimeImports(
            JdbcClient jdbc,
            PlatformTransactionManager transactionManager,
            PoliceUkImporter importer,
            ClusterLock clusterLock,
            org.springframework.context.ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clusterLock = clusterLock;
        this.events = events;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.importer = importer;
    }

    /**
     * Starts importing uploaded files (CSV files or police.uk zips) in the background and returns the import's id.
     * The files are moved into the import's own folder, deleted when it ends.
     */
    long start(List<UploadedFiles.Upload> uploads, Path folder) {
        var source = String.join(
                ", ", uploads.stream().map(UploadedFiles.Upload::name).toList());
        long id = create(source);
        var context = SecurityContextHolder.getContext();
        runningHere.add(id);
        executor.execute(() -> {
            SecurityContextHolder.setContext(context);
            try {
                run(id, uploads, folder);
            } finally {
                SecurityContextHolder.clearContext();
                runningHere.remove(id);
                deleteQuietly(folder);
            }
        });
        return id;
    }

    /** Saves uploaded parts (CSV files or police.uk zips) to disk and starts importing them; returns the id. */
    long startUploads(List<MultipartFile> parts) throws IOException {
        var folder = Files.createTempDirectory("saferplan-crime-import-");
        try {
            var uploads = new ArrayList<UploadedFiles.Upload>();
            for (var part : parts) {
                var target = folder.resolve("upload-" + uploads.size());
                part.transferTo(target);
                var name = part.getOriginalFilename() == null
                                || part.getOriginalFilename().isBlank()
                        ? "upload-" + uploads.size()
                        : part.getOriginalFilename();
                uploads.add(new UploadedFiles.Upload(name, target));
            }
            return start(uploads, folder);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(folder);
            throw e;
        }
    }

    /** Imports files now, on this thread (start-up load, command line); the import is recorded like any other. */
    CrimeImport runNow(String source, List<SourceFile> files) {
        long id = create(source);
        var outcome = importer.importFiles(id, files, progress(id));
        finish(id, outcome.succeeded() ? CrimeImport.SUCCEEDED : CrimeImport.FAILED, outcome);
        return find(id).orElseThrow();
    }

    public Optional<CrimeImport> find(long id) {
        return jdbc.sql(SELECT + " WHERE id = :id")
                .param("id", id)
                .query(this::map)
                .optional();
    }

    /** The latest imports, newest first. */
    public List<CrimeImport> recent(int limit) {
        return jdbc.sql(SELECT + " ORDER BY started_at DESC, id DESC LIMIT :limit")
                .param("limit", limit)
                .query(this::map)
                .list();
    }

    private void run(long id, List<UploadedFiles.Upload> uploads, Path folder) {
        try {
            var problems = new ArrayList<ImportProblem>();
            var files = UploadedFiles.expand(uploads, folder, problems, UploadedFiles.MAX_UNCOMPRESSED_BYTES);
            if (!problems.isEmpty()) {
                finish(id, CrimeImport.FAILED, new PoliceUkImporter.Outcome(List.of(), problems));
                return;
            }
            ownTransaction.executeWithoutResult(
                    status -> jdbc.sql("UPDATE crime_import SET files_total = :total WHERE id = :id")
                            .param("total", files.size())
                            .param("id", id)
                            .update());
            var outcome = importer.importFiles(id, files, progress(id));
            finish(id, outcome.succeeded() ? CrimeImport.SUCCEEDED : CrimeImport.FAILED, outcome);
        } catch (IOException | RuntimeException e) {
            log.error("Crime import {} could not be completed", id, e);
            finish(
                    id,
                    CrimeImport.FAILED,
                    new PoliceUkImporter.Outcome(
                            List.of(),
                            List.of(new ImportProblem(
                                    "(import)",
                                    0,
                                    "could not be completed (" + e.getMessage() + "); nothing was stored"))));
        }
    }

    private long create(String source) {
        return ownTransaction.execute(status -> jdbc.sql("""
                        INSERT INTO crime_import (status, source, started_by) VALUES ('running', :source, :by)
                        RETURNING id
                        """)
                .param("source", source)
                .param("by", AuditTrail.currentActor())
                .query(Long.class)
                .single());
    }

    private PoliceUkImporter.Progress progress(long id) {
        long[] last = {0};
        return (filesDone, rowsDone) -> {
            long now = System.nanoTime();
            if (now - last[0] < PROGRESS_INTERVAL_NANOS) {
                return;
            }
            last[0] = now;
            ownTransaction.executeWithoutResult(status -> jdbc.sql("""
                            UPDATE crime_import SET files_done = :done, rows_done = :rows
                            WHERE id = :id AND status = 'running'
                            """)
                    .param("done", filesDone)
                    .param("rows", rowsDone)
                    .param("id", id)
                    .update());
        };
    }

    private void finish(long id, String status, PoliceUkImporter.Outcome outcome) {
        ownTransaction.executeWithoutResult(tx -> jdbc.sql("""
                        UPDATE crime_import SET status = :status, files_done = CASE WHEN :ok THEN :files ELSE files_done END,
                          files_total = CASE WHEN :ok THEN :files ELSE files_total END,
                          rows_done = CASE WHEN :ok THEN :rows ELSE 0 END,
                          results = CAST(:results AS JSONB), problems = CAST(:problems AS JSONB), finished_at = now()
                        WHERE id = :id
                        """)
                .param("status", status)
                .param("ok", outcome.succeeded())
                .param("files", outcome.results().size())
                .param("rows", outcome.rows())
                .param("results", json.writeValueAsString(outcome.results()))
                .param("problems", json.writeValueAsString(outcome.problems()))
                .param("id", id)
                .update());
        if (outcome.succeeded()) {
            // Figures kept for the old data are worked out again (AreaCrimeReports) before anyone asks.
            events.publishEvent(new AreaCrimeReports.CrimeArchiveChanged(id));
        }
    }

    /** An import this node was running when SaferPlan stopped ends as failed (its transaction rolled back). */
    @PreDestroy
    void stop() {
        executor.shutdownNow();
        for (var id : List.copyOf(runningHere)) {
            finish(
                    id,
                    CrimeImport.FAILED,
                    new PoliceUkImporter.Outcome(
                            List.of(),
                            List.of(new ImportProblem(
                                    "(import)", 0, "was interrupted because SaferPlan stopped; nothing was stored"))));
        }
    }

    /**
     * Marks as failed the imports left "running" by a node that died (SIGKILL, power): their transaction rolled
     * back, so nothing of them was stored. Only done when no import holds the import lock anywhere, and only for
     * imports older than a minute, so one that is still unzipping on another node is left alone (and if it was
     * marked anyway, its own end overwrites the status).
     */
    int failAbandoned() {
        int[] count = {0};
        clusterLock.runIfFree(
                "crime-import",
                () -> count[0] = jdbc.sql("""
                        UPDATE crime_import SET status = 'failed', rows_done = 0, finished_at = now(),
                          problems = CAST(:problems AS JSONB)
                        WHERE status = 'running' AND started_at < now() - INTERVAL '1 minute'
                        """)
                        .param(
                                "problems",
                                json.writeValueAsString(List.of(new ImportProblem(
                                        "(import)",
                                        0,
                                        "was interrupted because SaferPlan stopped; nothing was stored"))))
                        .update());
        return count[0];
    }

    private static final String SELECT = """
            SELECT id, status, source, files_total, files_done, rows_done, results::text AS results,
                   problems::text AS problems, started_at, finished_at, started_by
            FROM crime_import""";

    private CrimeImport map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        var finished = rs.getTimestamp("finished_at");
        return new CrimeImport(
                rs.getLong("id"),
                rs.getString("status"),
                rs.getString("source"),
                rs.getInt("files_total"),
                rs.getInt("files_done"),
                rs.getLong("rows_done"),
                json.readValue(rs.getString("results"), new TypeReference<List<FileResult>>() {}),
                json.readValue(rs.getString("problems"), new TypeReference<List<ImportProblem>>() {}),
                rs.getTimestamp("started_at").toInstant(),
                finished == null ? null : finished.toInstant(),
                rs.getString("started_by"));
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    log.warn("Could not delete {}", path);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            log.warn("Could not delete {}", folder);
        }
    }
}
