package org.saferplan.crime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.saferplan.audit.AuditTrail;
import org.saferplan.jobs.ClusterLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Stores police.uk files in the archive, all files of one import at once or not at all: for each (force, month,
 * kind) the old rows, cube cells and {@code crime_file} row are deleted and the new ones stored. Any problem in any
 * file rolls the whole import back, so the archive is left exactly as it was; a file whose SHA-256 equals the stored
 * one is "unchanged" and not read again. Imports take one cluster-wide lock, so two imports of the same force-month
 * never interleave, even on two nodes.
 *
 * <p>Small imports (under {@link #BULK_BYTES} of CSV) are copied straight into the archive tables in the import's
 * transaction. Larger ones load on {@value #WORKERS} connections at once, each into new tables of its own created
 * in its own transaction (so {@code COPY ... FREEZE} applies and indexes are built once, after the load); only when
 * every file was good do those transactions commit and a short last transaction replace the old force-months and
 * attach the new tables to {@code crime_street}, {@code crime_cube}, ... (table inheritance), with the
 * {@code crime_file} rows: readers see the whole import at once or nothing of it. Tables of an import killed before
 * that transaction were never visible and are dropped by the next import (stack.md, "Bulk loading police.uk rows").
 */
@Component
class PoliceUkImporter {

    /** Told how far an import has got. */
    interface Progress {
        void update(int filesDone, long rowsDone);
    }

    /** What an import gave: one result per file, or the problems that refused it (then nothing was stored). */
    record Outcome(List<FileResult> results, List<ImportProblem> problems) {

        boolean succeeded() {
            return problems.isEmpty();
        }

        long rows() {
            return results.stream().mapToLong(FileResult::rows).sum();
        }
    }

    private record Named(SourceFile file, PoliceUkFileName name) {}

    /** Thrown inside the transaction to roll it back when any file had a problem. */
    private static final class Refused extends RuntimeException {

        final List<ImportProblem> problems;

        Refused(List<ImportProblem> problems) {
            super("refused", null, false, false);
            this.problems = List.copyOf(problems);
        }
    }

    /** Imports of at least this much CSV (bytes) load on {@value #WORKERS} connections into new tables. */
    static final long BULK_BYTES = 64L << 20;

    static final int WORKERS = 2;
    private static final Logger log = LoggerFactory.getLogger(PoliceUkImporter.class);

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private long bulkBytes = BULK_BYTES;
    private final ClusterLock clusterLock;
    private final AuditTrail audit;

    PoliceUkImporter(JdbcClient jdbc, DataSource dataSource, ClusterLock clusterLock, AuditTrail audit) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.clusterLock = clusterLock;
        this.audit = audit;
    }

    private volatile Map<String, String> lastTimings = Map.of();

    /** Tests: the size from which imports load in bulk (so a test can take the bulk path with small files). */
    void bulkFrom(long bytes) {
        this.bulkBytes = bytes;
    }

    /** Where the last import spent its time (for the benchmark). */
    Map<String, String> lastTimings() {
        return lastTimings;
    }

    Outcome importFiles(long importId, List<SourceFile> files, Progress progress) {
        var problems = new ArrayList<ImportProblem>();
        var named = new ArrayList<Named>();
        var seen = new HashMap<String, String>();
        for (var file : files) {
            var name = PoliceUkFileName.parse(file.name());
            if (name == null) {
                problems.add(new ImportProblem(
                        file.name(), 0, "is not named like a police.uk file: " + PoliceUkFileName.EXPECTED));
                continue;
            }
            var earlier = seen.putIfAbsent(name.forceSlug() + " " + name.month() + " " + name.kind(), file.name());
            if (earlier != null) {
                problems.add(new ImportProblem(
                        file.name(),
                        0,
                        "has the same force, month and kind as " + earlier + ": expected one file for each"));
            }
            named.add(new Named(file, name));
        }
        if (files.isEmpty()) {
            problems.add(new ImportProblem(
                    "(import)",
                    0,
                    "has no files: expected police.uk CSV files such as "
                            + "2018-10-dorset-street.csv, or a zip of them"));
        }
        if (!problems.isEmpty()) {
            return new Outcome(List.of(), cap(problems));
        }
        try {
            return clusterLock.runExclusively("crime-import", () -> store(importId, named, progress));
        } catch (Refused refused) {
            return new Outcome(List.of(), refused.problems);
        }
    }

    /** One file to read and store: where it comes in the import, its force id, what is stored for it now. */
    private static final class Plan {
        final int index;
        final Named item;
        final short forceId;
        final Stored stored;
        byte[] sha256;
        PoliceUkReader.FileRead read;

        Plan(int index, Named item, short forceId, Stored stored, byte[] sha256) {
            this.index = index;
            this.item = item;
            this.forceId = forceId;
            this.stored = stored;
            this.sha256 = sha256;
        }
    }

    private Outcome store(long importId, List<Named> files, Progress progress) {
        long started = System.nanoTime();
        dropAbandonedParts();
        var dictionaries = new Dictionaries(jdbc);
        var forces = new Forces(files);
        var storedFiles = storedFiles(files);
        var problems = new ArrayList<ImportProblem>();
        var results = new FileResult[files.size()];
        var plans = new ArrayList<Plan>();
        long bytes = 0;
        try {
            for (int i = 0; i < files.size(); i++) {
                var item = files.get(i);
                var stored = storedFiles.get(key(
                        item.name().forceSlug(),
                        item.name().month().atDay(1),
                        item.name().kind().slug()));
                byte[] sha = null;
                if (stored != null) {
                    // Only a file with a stored force-month can be unchanged: read it for its SHA-256 first.
                    var digest = digest(item.file().path());
                    if (digest.badUtf8Line() > 0) {
                        problems.add(new ImportProblem(
                                item.file().name(),
                                digest.badUtf8Line(),
                                "is not UTF-8 text: save it as CSV UTF-8 and import it again"));
                        continue;
                    }
                    if (Arrays.equals(stored.sha256(), digest.sha256())) {
                        results[i] = result(item, stored.rows(), stored.noLocationRows(), FileResult.UNCHANGED);
                        continue;
                    }
                    sha = digest.sha256();
                }
                plans.add(new Plan(i, item, forces.id(item.name().forceSlug()), stored, sha));
                bytes += Files.size(item.file().path());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean bulk = bytes >= bulkBytes && plans.size() > 1;
        var load = new Load(importId, dictionaries, plans, bulk, problems.isEmpty());
        long prepared = System.nanoTime();
        Map<String, String> timings = new LinkedHashMap<>();
        timings.put("mode", bulk ? "bulk (" + WORKERS + " connections, new tables attached)" : "direct");
        timings.put("prepare", seconds(prepared - started));
        try {
            if (bulk) {
                load.inParallel(progress);
            } else {
                if (problems.isEmpty()) {
                    deleteStored(plans);
                }
                load.here(DataSourceUtils.getConnection(dataSource), progress);
            }
            long loaded = System.nanoTime();
            timings.put("load (wall)", seconds(loaded - prepared));
            load.timings(timings);
            problems.addAll(load.problems(files));
            if (!problems.isEmpty()) {
                throw new Refused(cap(problems));
            }
            long attachStart = System.nanoTime();
            if (bulk) {
                load.commitParts();
                deleteStored(plans);
                load.attachParts();
            }
            forces.insertNew();
            for (var plan : plans) {
                storeFile(importId, plan);
                results[plan.index] = result(
                        plan.item,
                        plan.read.rows,
                        plan.read.noLocationRows,
                        plan.stored == null ? FileResult.IMPORTED : FileResult.REPLACED);
            }
            var list = Arrays.asList(results);
            audit.created(
                    null,
                    "crime-import",
                    importId,
                    Map.of(
                            "files",
                            list.size(),
                            "rows",
                            list.stream().mapToLong(FileResult::rows).sum()));
            timings.put("attach (commit parts, replace, crime_file)", seconds(System.nanoTime() - attachStart));
            load.attached = true;
            progress.update(
                    files.size(), list.stream().mapToLong(FileResult::rows).sum());
            return new Outcome(list, List.of());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not copy rows into the archive: " + e.getMessage(), e);
        } finally {
            load.close();
            lastTimings = java.util.Collections.unmodifiableMap(timings);
        }
    }

    private static String seconds(long nanos) {
        return String.format("%.2f s", nanos / 1e9);
    }

    private static FileResult result(Named item, long rows, long noLocation, String outcome) {
        return new FileResult(
                item.file().name(),
                item.name().forceSlug(),
                item.name().month().toString(),
                item.name().kind().slug(),
                rows,
                noLocation,
                outcome);
    }

    private record Stored(byte[] sha256, long rows, long noLocationRows) {}

    private static String key(String slug, LocalDate month, String kind) {
        return slug + " " + month + " " + kind;
    }

    /** What is stored now for the forces of the import, by force slug, month and kind. */
    private Map<String, Stored> storedFiles(List<Named> files) {
        var slugs =
                files.stream().map(file -> file.name().forceSlug()).distinct().toList();
        var stored = new HashMap<String, Stored>();
        jdbc.sql("""
                        SELECT force.slug, f.month, f.kind, f.sha256, f.rows, f.no_location_rows FROM crime_file f
                        JOIN crime_force force ON force.id = f.force_id
                        WHERE force.slug IN (:slugs)
                        """)
                .param("slugs", slugs)
                .query((rs, row) -> stored.put(
                        key(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getString(3)),
                        new Stored(rs.getBytes(4), rs.getLong(5), rs.getLong(6))))
                .list();
        return stored;
    }

    /**
     * Force ids by slug. A force new to the archive gets an id from crime_force's sequence at once (sequences are
     * not transactional, so this stores nothing) and its row only when the import is stored.
     */
    private final class Forces {

        private final Map<String, Short> ids = new HashMap<>();
        private final Map<String, Short> created = new LinkedHashMap<>();

        Forces(List<Named> files) {
            var slugs = files.stream()
                    .map(file -> file.name().forceSlug())
                    .distinct()
                    .toList();
            jdbc.sql("SELECT slug, id FROM crime_force WHERE slug IN (:slugs)")
                    .param("slugs", slugs)
                    .query((rs, row) -> ids.put(rs.getString(1), rs.getShort(2)))
                    .list();
        }

        short id(String slug) {
            var id = ids.get(slug);
            if (id == null) {
                id = jdbc.sql("SELECT CAST(nextval(pg_get_serial_sequence('crime_force', 'id')) AS SMALLINT)")
                        .query(Short.class)
                        .single();
                ids.put(slug, id);
                created.put(slug, id);
            }
            return id;
        }

        void insertNew() {
            created.forEach((slug, id) ->
                    jdbc.sql("""
                            INSERT INTO crime_force (id, slug) OVERRIDING SYSTEM VALUE VALUES (:id, :slug)
                            """).param("id", id).param("slug", slug).update());
        }
    }

    /**
     * Deletes the stored rows, cube cells and crime_file rows of the force-months these files replace, one statement
     * per table for all of them (the tables of bulk imports have no force-month index: each is scanned once).
     */
    private void deleteStored(List<Plan> plans) {
        for (var kind : FileKind.values()) {
            var replaced = plans.stream()
                    .filter(plan -> plan.stored != null && plan.item.name().kind() == kind)
                    .toList();
            if (replaced.isEmpty()) {
                continue;
            }
            var forces = "{"
                    + String.join(
                            ",",
                            replaced.stream()
                                    .map(plan -> String.valueOf(plan.forceId))
                                    .toList()) + "}";
            var months = "{"
                    + String.join(
                            ",",
                            replaced.stream()
                                    .map(plan ->
                                            plan.item.name().month().atDay(1).toString())
                                    .toList())
                    + "}";
            var tables = new ArrayList<>(List.of(table(kind)));
            if (kind == FileKind.STREET) {
                tables.add("crime_cube");
            }
            for (var table : tables) {
                jdbc.sql("DELETE FROM " + table + """
                                 t USING unnest(CAST(:forces AS SMALLINT[]), CAST(:months AS DATE[])) AS r (force_id, month)
                                WHERE t.force_id = r.force_id AND t.month = r.month
                                """)
                        .param("forces", forces)
                        .param("months", months)
                        .update();
            }
            jdbc.sql("""
                            DELETE FROM crime_file t
                            USING unnest(CAST(:forces AS SMALLINT[]), CAST(:months AS DATE[])) AS r (force_id, month)
                            WHERE t.force_id = r.force_id AND t.month = r.month AND t.kind = :kind
                            """)
                    .param("forces", forces)
                    .param("months", months)
                    .param("kind", kind.slug())
                    .update();
        }
    }

    static String table(FileKind kind) {
        return switch (kind) {
            case STREET -> "crime_street";
            case OUTCOMES -> "crime_outcome";
            case STOP_AND_SEARCH -> "crime_stop_search";
        };
    }

    static String columns(FileKind kind) {
        return switch (kind) {
            case STREET -> PoliceUkReader.STREET_COLUMNS;
            case OUTCOMES -> PoliceUkReader.OUTCOME_COLUMNS;
            case STOP_AND_SEARCH -> PoliceUkReader.STOP_SEARCH_COLUMNS;
        };
    }

    private void storeFile(long importId, Plan plan) {
        var name = plan.item.name();
        var read = plan.read;
        jdbc.sql("""
                        INSERT INTO crime_file (force_id, month, kind, rows, no_location_rows, file_name, sha256,
                                                import_id, imported_by)
                        VALUES (:force, :month, :kind, :rows, :noLocation, :file, :sha, :import, :by)
                        """)
                .param("force", plan.forceId)
                .param("month", name.month().atDay(1))
                .param("kind", name.kind().slug())
                .param("rows", read.rows)
                .param("noLocation", read.noLocationRows)
                .param("file", plan.item.file().name())
                .param("sha", plan.sha256)
                .param("import", importId)
                .param("by", AuditTrail.currentActor())
                .update();
        if (read.forceName != null) {
            jdbc.sql("UPDATE crime_force SET name = :name WHERE id = :id AND name IS DISTINCT FROM :name")
                    .param("name", read.forceName)
                    .param("id", plan.forceId)
                    .update();
        }
    }

    /**
     * Drops the tables of bulk imports that never became part of the archive (killed after their rows were
     * loaded, before the short transaction that attaches them): they were never visible.
     */
    private void dropAbandonedParts() {
        jdbc.sql("""
                        SELECT c.relname FROM pg_class c
                        WHERE c.relkind = 'r' AND c.relname ~ '^crime_(street|outcome|stop_search|cube)_p[0-9]+_[0-9]+$'
                          AND c.relnamespace = current_schema()::regnamespace
                          AND NOT EXISTS (SELECT 1 FROM pg_inherits i WHERE i.inhrelid = c.oid)
                        """)
                .query(String.class)
                .list()
                .forEach(table -> jdbc.sql("DROP TABLE " + table).update());
    }

    /**
     * Reads and writes the files of one import. Direct: on the import's own connection into the archive tables
     * (small imports). Bulk: on {@value #WORKERS} connections of their own, each into new tables of its own
     * ({@code crime_street_p<import>_<n>}, ...) created in its transaction so COPY can FREEZE the rows, indexes
     * built after the load; those transactions commit only when every file was good, and the tables then join the
     * archive tables (inheritance) in the import's transaction, so the whole import appears at once or not at all.
     */
    private final class Load implements AutoCloseable {

        private final long importId;
        private final Dictionaries dictionaries;
        private final List<Plan> order;
        private final boolean bulk;
        private final boolean write;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger problemCount = new AtomicInteger();
        private final AtomicInteger filesDone = new AtomicInteger();
        private final AtomicLong rowsDone = new AtomicLong();
        private final List<Worker> workers = new ArrayList<>();
        boolean attaching;
        boolean attached;

        Load(long importId, Dictionaries dictionaries, List<Plan> plans, boolean bulk, boolean write) {
            this.importId = importId;
            this.dictionaries = dictionaries;
            // Largest first, so the two connections finish together.
            this.order = new ArrayList<>(plans);
            if (bulk) {
                this.order.sort(
                        Comparator.comparingLong((Plan plan) -> size(plan)).reversed());
            }
            this.bulk = bulk;
            this.write = write;
        }

        void here(Connection connection, Progress progress) throws SQLException {
            var worker = new Worker(this, 0, connection, false);
            workers.add(worker);
            worker.progress = () -> progress.update(filesDone.get(), rowsDone.get());
            worker.run();
        }

        void inParallel(Progress progress) throws SQLException {
            var executor = Executors.newFixedThreadPool(WORKERS, runnable -> {
                var thread = new Thread(runnable, "crime-import-load");
                thread.setDaemon(true);
                return thread;
            });
            try {
                var futures = new ArrayList<Future<?>>();
                for (int n = 0; n < WORKERS; n++) {
                    var connection = dataSource.getConnection();
                    var worker = new Worker(this, n, connection, true);
                    workers.add(worker);
                    connection.setAutoCommit(false);
                    try (var statement = connection.createStatement()) {
                        // A worker's cube of a national year (about 1.2 million cells) is indexed once it is
                        // full; with the default 64 MB that sort spills to disk. For this transaction only.
                        statement.execute("SET LOCAL maintenance_work_mem = '256MB'");
                    }
                    futures.add(executor.submit(() -> {
                        worker.run();
                        return null;
                    }));
                }
                for (var future : futures) {
                    while (true) {
                        try {
                            future.get(250, TimeUnit.MILLISECONDS);
                            break;
                        } catch (TimeoutException e) {
                            progress.update(filesDone.get(), rowsDone.get());
                        }
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("The import was interrupted", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof SQLException sql) {
                    throw sql;
                }
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(e.getCause());
            } finally {
                executor.shutdownNow();
            }
        }

        /** Every problem of every worker, in the order of the files, at most {@value PoliceUkReader#MAX_PROBLEMS}. */
        List<ImportProblem> problems(List<Named> files) {
            var index = new HashMap<String, Integer>();
            for (int i = 0; i < files.size(); i++) {
                index.put(files.get(i).file().name(), i);
            }
            var all = new ArrayList<ImportProblem>();
            workers.forEach(worker -> all.addAll(worker.problems));
            all.sort(Comparator.comparingInt(problem -> index.getOrDefault(problem.file(), -1)));
            return all;
        }

        void commitParts() throws SQLException {
            for (var worker : workers) {
                worker.connection.commit();
                worker.committed = true;
            }
        }

        void attachParts() {
            attaching = true;
            for (var worker : workers) {
                for (var part : worker.parts.entrySet()) {
                    jdbc.sql("ALTER TABLE " + part.getValue() + " INHERIT " + part.getKey())
                            .update();
                }
            }
        }

        void timings(Map<String, String> timings) {
            long parse = 0;
            long copy = 0;
            long cube = 0;
            long index = 0;
            for (var worker : workers) {
                parse += worker.readNanos - worker.copyNanos;
                copy += worker.copyNanos;
                cube += worker.cubeNanos;
                index += worker.indexNanos;
            }
            timings.put("parse+check (sum over connections)", seconds(parse));
            timings.put("copy rows (sum)", seconds(copy));
            timings.put("cube (sum)", seconds(cube));
            timings.put("index + analyze (sum)", seconds(index));
        }

        /** Ends the bulk connections; their tables are dropped unless they were attached. */
        @Override
        public void close() {
            if (!bulk) {
                return;
            }
            for (var worker : workers) {
                try (var connection = worker.connection) {
                    if (!worker.committed) {
                        connection.rollback();
                    } else if (!attaching) {
                        // Committed but never attached: drop them now (an attach that failed part-way still
                        // holds their locks in the import's transaction, so those are left for the next import).
                        connection.setAutoCommit(true);
                        for (var part : worker.parts.values()) {
                            try (var statement = connection.createStatement()) {
                                statement.execute("DROP TABLE IF EXISTS " + part);
                            }
                        }
                    }
                    connection.setAutoCommit(true);
                } catch (SQLException e) {
                    log.warn("Could not end a crime import connection cleanly: {}", e.getMessage());
                }
            }
        }

        private long size(Plan plan) {
            try {
                return Files.size(plan.item.file().path());
            } catch (IOException e) {
                return 0;
            }
        }
    }

    /** One connection's share of a load: takes the next file until none is left. */
    private final class Worker {

        final Load load;
        final int number;
        final Connection connection;
        final boolean bulk;
        final List<ImportProblem> problems = new ArrayList<>();
        final PoliceUkReader reader;
        /** Archive table to this worker's own table (bulk). */
        final Map<String, String> parts = new LinkedHashMap<>();

        Runnable progress = () -> {};
        boolean committed;
        long readNanos;
        long copyNanos;
        long cubeNanos;
        long indexNanos;

        Worker(Load load, int number, Connection connection, boolean bulk) {
            this.load = load;
            this.number = number;
            this.connection = connection;
            this.bulk = bulk;
            this.reader = new PoliceUkReader(load.dictionaries, problems);
        }

        void run() throws SQLException {
            try {
                for (int i; (i = load.next.getAndIncrement()) < load.order.size(); ) {
                    var plan = load.order.get(i);
                    read(plan);
                    load.filesDone.incrementAndGet();
                    progress.run();
                    if (load.problemCount.get() >= PoliceUkReader.MAX_PROBLEMS) {
                        break;
                    }
                }
                if (bulk && load.problemCount.get() == 0) {
                    index();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void read(Plan plan) throws IOException, SQLException {
            var name = plan.item.name();
            boolean write = load.write && load.problemCount.get() == 0;
            int before = problems.size();
            var sha = plan.sha256 == null ? sha256() : null;
            long[] reported = {0};
            long start = System.nanoTime();
            try (var copy = write
                    ? new PgBinaryCopy(connection, target(table(name.kind())), columns(name.kind()), bulk)
                    : null) {
                plan.read = reader.read(
                        plan.item.file(),
                        name,
                        plan.forceId,
                        copy,
                        rows -> {
                            load.rowsDone.addAndGet(rows - reported[0]);
                            reported[0] = rows;
                            progress.run();
                        },
                        sha);
                if (copy != null) {
                    copy.finish();
                    copyNanos += copy.copyNanos();
                }
            }
            readNanos += System.nanoTime() - start;
            if (sha != null) {
                plan.sha256 = sha.digest();
            }
            load.rowsDone.addAndGet(plan.read.rows - reported[0]);
            int added = problems.size() - before;
            if (added > 0) {
                load.problemCount.addAndGet(added);
            } else if (write && !plan.read.cube.isEmpty()) {
                long cubeStart = System.nanoTime();
                writeCube(plan);
                cubeNanos += System.nanoTime() - cubeStart;
            }
        }

        private void writeCube(Plan plan) throws SQLException {
            int days = (int) (plan.item.name().month().atDay(1).toEpochDay()
                    - LocalDate.of(2000, 1, 1).toEpochDay());
            try (var copy = new PgBinaryCopy(
                    connection, target("crime_cube"), "force_id, month, crime_type_id, lsoa_code, crimes", bulk)) {
                plan.read.cube.forEach((lsoa, type, crimes) -> {
                    copy.row(5);
                    copy.smallint(plan.forceId);
                    copy.integer(days);
                    copy.smallint(type);
                    copy.text(lsoa);
                    copy.integer(crimes);
                });
                copy.finish();
            }
        }

        /** The table this worker writes rows of {@code table} to: its own new one in bulk, else the table itself. */
        private String target(String table) throws SQLException {
            if (!bulk) {
                return table;
            }
            var part = parts.get(table);
            if (part == null) {
                part = table + "_p" + load.importId + "_" + number;
                try (var statement = connection.createStatement()) {
                    statement.execute("CREATE TABLE " + part + " (LIKE " + table + " INCLUDING CONSTRAINTS)");
                }
                parts.put(table, part);
            }
            return part;
        }

        /** The indexes of the archive tables, on this worker's tables, built once they are full. */
        private void index() throws SQLException {
            long start = System.nanoTime();
            try (var statement = connection.createStatement()) {
                for (var part : parts.entrySet()) {
                    // Only the cube's LSOA index, which statistics read; no force-month index (replacing a
                    // force-month scans each bulk table once, see deleteStored), which saves building it on
                    // every row of a national year.
                    if (part.getKey().equals("crime_cube")) {
                        statement.execute("CREATE INDEX ON " + part.getValue()
                                + " (lsoa_code, month) INCLUDE (crime_type_id, force_id, crimes)");
                        statement.execute("ANALYZE " + part.getValue());
                    }
                }
            }
            indexNanos += System.nanoTime() - start;
        }

        private static MessageDigest sha256() {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** A file's SHA-256, and the line of its first byte that is not UTF-8 (0 when it is all UTF-8). */
    record Digest(byte[] sha256, long badUtf8Line) {}

    /**
     * Reads the file once for its SHA-256 and a strict UTF-8 check (RFC 3629: no overlong forms, no surrogates,
     * nothing above U+10FFFF), counting lines so the problem can say where the first wrong byte is.
     */
    static Digest digest(Path path) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        long line = 1;
        long badLine = 0;
        int need = 0;
        int codePoint = 0;
        int minimum = 0;
        try (var in = Files.newInputStream(path)) {
            var buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
                for (int i = 0; i < n && badLine == 0; i++) {
                    int b = buffer[i] & 0xff;
                    if (need == 0) {
                        if (b < 0x80) {
                            if (b == '\n') {
                                line++;
                            }
                        } else if (b >= 0xc2 && b <= 0xdf) {
                            need = 1;
                            codePoint = b & 0x1f;
                            minimum = 0x80;
                        } else if ((b & 0xf0) == 0xe0) {
                            need = 2;
                            codePoint = b & 0x0f;
                            minimum = 0x800;
                        } else if (b >= 0xf0 && b <= 0xf4) {
                            need = 3;
                            codePoint = b & 0x07;
                            minimum = 0x10000;
                        } else {
                            badLine = line;
                        }
                    } else if ((b & 0xc0) != 0x80) {
                        badLine = line;
                    } else {
                        codePoint = codePoint << 6 | (b & 0x3f);
                        if (--need == 0
                                && (codePoint < minimum
                                        || codePoint > 0x10ffff
                                        || (codePoint >= 0xd800 && codePoint <= 0xdfff))) {
                            badLine = line;
                        }
                    }
                }
            }
        }
        if (need > 0 && badLine == 0) {
            badLine = line;
        }
        return new Digest(digest.digest(), badLine);
    }

    private static List<ImportProblem> cap(List<ImportProblem> problems) {
        return List.copyOf(problems.subList(0, Math.min(problems.size(), PoliceUkReader.MAX_PROBLEMS)));
    }
}
