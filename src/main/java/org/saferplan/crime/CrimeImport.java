package org.saferplan.crime;

import java.time.Instant;
import java.util.List;

/**
 * One import of police.uk files, as a job: running, then succeeded (every file stored or unchanged) or failed
 * (nothing stored; {@code problems} says why, with file and line).
 *
 * @param source what was imported: the uploaded file names, a folder, or the shipped reference data
 * @param rows data rows read so far (while running) or stored (when succeeded)
 */
public record CrimeImport(
        long id,
        String status,
        String source,
        int filesTotal,
        int filesDone,
        long rows,
        List<FileResult> results,
        List<ImportProblem> problems,
        Instant startedAt,
        Instant finishedAt,
        String startedBy) {

    public static final String RUNNING = "running";
    public static final String SUCCEEDED = "succeeded";
    public static final String FAILED = "failed";

    public CrimeImport {
        results = List.copyOf(results);
        problems = List.copyOf(problems);
    }

    public boolean running() {
        return RUNNING.equals(status);
    }

    public boolean succeeded() {
        return SUCCEEDED.equals(status);
    }

    public boolean failed() {
        return FAILED.equals(status);
    }

    /** The months the files were for, oldest first, as YYYY-MM. */
    public List<String> months() {
        return results.stream().map(FileResult::month).distinct().sorted().toList();
    }

    public long noLocationRows() {
        return results.stream().mapToLong(FileResult::noLocationRows).sum();
    }

    public long unchangedFiles() {
        return results.stream()
                .filter(result -> FileResult.UNCHANGED.equals(result.outcome()))
                .count();
    }
}
