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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.saferplan.audit.AuditTrail;
import org.saferplan.jobs.ClusterLock;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Stores police.uk files in the archive, all files of one import in one transaction: for each (force, month, kind)
 * the old rows, cube cells and {@code crime_file} row are deleted and the new ones copied in. Any problem in any
 * file rolls the whole import back, so the archive is left exactly as it was; a file whose SHA-256 equals the stored
 * one is "unchanged" and not read again. Imports take one cluster-wide lock, so two imports of the same force-month
 * never interleave, even on two nodes.
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

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final ClusterLock clusterLock;
    private final AuditTrail audit;

    PoliceUkImporter(JdbcClient jdbc, DataSource dataSource, ClusterLock clusterLock, AuditTrail audit) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.clusterLock = clusterLock;
        this.audit = audit;
    }

    Outcome importFiles(long importId, List<SourceFile> files, Progress progress) {
        var problems = new ArrayList<ImportProblem>();
        var named = new ArrayList<Named>();
        var seen = new HashMap<String, String>();
        for (var file : files) {
            var name = PoliceUkFileName.parse(file.name());
            if (name == null) {
                problems.add(new ImportProblem(file.name(), 0, "is not named like a police.uk file: "
                        + PoliceUkFileName.EXPECTED));
                continue;
            }
            var earlier = seen.putIfAbsent(name.forceSlug() + " " + name.month() + " " + name.kind(), file.name());
            if (earlier != null) {
                problems.add(new ImportProblem(file.name(), 0, "has the same force, month and kind as " + earlier
                        + ": expected one file for each"));
            }
            named.add(new Named(file, name));
        }
        if (files.isEmpty()) {
            problems.add(new ImportProblem("(import)", 0, "has no files: expected police.uk CSV files such as "
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

    private Outcome store(long importId, List<Named> files, Progress progress) {
        var problems = new ArrayList<ImportProblem>();
        var reader = new PoliceUkReader(new Dictionaries(jdbc), problems);
        var results = new ArrayList<FileResult>();
        var connection = DataSourceUtils.getConnection(dataSource);
        long rowsBefore = 0;
        int done = 0;
        try {
            for (var item : files) {
                var name = item.name();
                var digest = digest(item.file().path());
                var sha = digest.sha256();
                var stored = storedFile(name);
                if (digest.badUtf8Line() > 0) {
                    problems.add(new ImportProblem(item.file().name(), digest.badUtf8Line(),
                            "is not UTF-8 text: save it as CSV UTF-8 and import it again"));
                } else if (stored != null && Arrays.equals(stored.sha256(), sha)) {
                    results.add(result(item, stored.rows(), stored.noLocationRows(), FileResult.UNCHANGED));
                } else {
                    boolean write = problems.isEmpty();
                    short forceId = write ? forceId(name.forceSlug()) : 0;
                    if (write) {
                        deleteStored(forceId, name);
                    }
                    final long base = rowsBefore;
                    final int filesDone = done;
                    PoliceUkReader.FileRead read;
                    try (var copy = write ? copyFor(connection, name.kind()) : null) {
                        read = reader.read(item.file(), name, forceId, copy,
                                rows -> progress.update(filesDone, base + rows));
                        if (copy != null) {
                            copy.finish();
                        }
                    }
                    if (write && problems.isEmpty()) {
                        storeFile(connection, importId, forceId, item, read, sha);
                    }
                    results.add(result(item, read.rows, read.noLocationRows,
                            stored == null ? FileResult.IMPORTED : FileResult.REPLACED));
                    rowsBefore += read.rows;
                }
                done++;
                progress.update(done, rowsBefore);
                if (reader.full()) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not copy rows into the archive: " + e.getMessage(), e);
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        audit.created(null, "crime-import", importId, Map.of("files", results.size(),
                "rows", results.stream().mapToLong(FileResult::rows).sum()));
        return new Outcome(results, List.of());
    }

    private static FileResult result(Named item, long rows, long noLocation, String outcome) {
        return new FileResult(item.file().name(), item.name().forceSlug(), item.name().month().toString(),
                item.name().kind().slug(), rows, noLocation, outcome);
    }

    private record Stored(byte[] sha256, long rows, long noLocationRows) {}

    private Stored storedFile(PoliceUkFileName name) {
        return jdbc.sql("""
                        SELECT f.sha256, f.rows, f.no_location_rows FROM crime_file f
                        JOIN crime_force force ON force.id = f.force_id
                        WHERE force.slug = :slug AND f.month = :month AND f.kind = :kind
                        """)
                .param("slug", name.forceSlug())
                .param("month", name.month().atDay(1))
                .param("kind", name.kind().slug())
                .query((rs, row) -> new Stored(rs.getBytes(1), rs.getLong(2), rs.getLong(3)))
                .optional()
                .orElse(null);
    }

    private short forceId(String slug) {
        var existing = jdbc.sql("SELECT id FROM crime_force WHERE slug = :slug").param("slug", slug)
                .query(Short.class).optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        return jdbc.sql("INSERT INTO crime_force (slug) VALUES (:slug) RETURNING id").param("slug", slug)
                .query(Short.class).single();
    }

    private void deleteStored(short forceId, PoliceUkFileName name) {
        var month = name.month().atDay(1);
        var table = switch (name.kind()) {
            case STREET -> "crime_street";
            case OUTCOMES -> "crime_outcome";
            case STOP_AND_SEARCH -> "crime_stop_search";
        };
        jdbc.sql("DELETE FROM " + table + " WHERE force_id = :force AND month = :month")
                .param("force", forceId).param("month", month).update();
        if (name.kind() == FileKind.STREET) {
            jdbc.sql("DELETE FROM crime_cube WHERE force_id = :force AND month = :month")
                    .param("force", forceId).param("month", month).update();
        }
        jdbc.sql("DELETE FROM crime_file WHERE force_id = :force AND month = :month AND kind = :kind")
                .param("force", forceId).param("month", month).param("kind", name.kind().slug()).update();
    }

    private static PgBinaryCopy copyFor(Connection connection, FileKind kind) throws SQLException, IOException {
        return switch (kind) {
            case STREET -> new PgBinaryCopy(connection, "crime_street", PoliceUkReader.STREET_COLUMNS);
            case OUTCOMES -> new PgBinaryCopy(connection, "crime_outcome", PoliceUkReader.OUTCOME_COLUMNS);
            case STOP_AND_SEARCH ->
                new PgBinaryCopy(connection, "crime_stop_search", PoliceUkReader.STOP_SEARCH_COLUMNS);
        };
    }

    private void storeFile(Connection connection, long importId, short forceId, Named item,
            PoliceUkReader.FileRead read, byte[] sha) throws SQLException, IOException {
        var name = item.name();
        LocalDate month = name.month().atDay(1);
        if (!read.cube.isEmpty()) {
            try (var copy = new PgBinaryCopy(connection, "crime_cube",
                    "force_id, month, crime_type_id, lsoa_code, crimes")) {
                for (var cell : read.cube.entrySet()) {
                    copy.row(5);
                    copy.smallint(forceId);
                    copy.date(month);
                    copy.smallint(cell.getKey().crimeType());
                    copy.text(cell.getKey().lsoaCode());
                    copy.integer(cell.getValue()[0]);
                }
                copy.finish();
            }
        }
        jdbc.sql("""
                        INSERT INTO crime_file (force_id, month, kind, rows, no_location_rows, file_name, sha256,
                                                import_id, imported_by)
                        VALUES (:force, :month, :kind, :rows, :noLocation, :file, :sha, :import, :by)
                        """)
                .param("force", forceId)
                .param("month", month)
                .param("kind", name.kind().slug())
                .param("rows", read.rows)
                .param("noLocation", read.noLocationRows)
                .param("file", item.file().name())
                .param("sha", sha)
                .param("import", importId)
                .param("by", AuditTrail.currentActor())
                .update();
        if (read.forceName != null) {
            jdbc.sql("UPDATE crime_force SET name = :name WHERE id = :id AND name IS DISTINCT FROM :name")
                    .param("name", read.forceName).param("id", forceId).update();
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
                        if (--need == 0 && (codePoint < minimum || codePoint > 0x10ffff
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
