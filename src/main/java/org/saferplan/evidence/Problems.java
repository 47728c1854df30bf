package org.saferplan.evidence;

import java.util.ArrayList;
import java.util.List;
import org.saferplan.web.InvalidInputException;

/**
 * The problems found in one uploaded file, each saying where (file, row, column) and what was expected. A file with
 * any problem is refused whole, so nothing of it is stored. At most {@link #LIMIT} are listed, then a count.
 */
final class Problems {

    static final int LIMIT = 100;
    static final String FIELD = "file";

    private final String file;
    private final List<InvalidInputException.Problem> list = new ArrayList<>();
    private int more;

    Problems(String file) {
        this.file = file;
    }

    /** A problem in one cell: row as numbered in the file (the first line is row 1). */
    void cell(int row, String column, String message) {
        add(file + ", row " + row + ", column " + column + ": " + message);
    }

    void row(int row, String message) {
        add(file + ", row " + row + ": " + message);
    }

    void file(String message) {
        add(file + ": " + message);
    }

    private void add(String message) {
        if (list.size() < LIMIT) {
            list.add(new InvalidInputException.Problem(FIELD, message));
        } else {
            more++;
        }
    }

    boolean any() {
        return !list.isEmpty();
    }

    /** Refuses the file when anything was wrong. */
    void throwIfAny() {
        if (list.isEmpty()) {
            return;
        }
        var all = new ArrayList<>(list);
        if (more > 0) {
            all.add(new InvalidInputException.Problem(FIELD, "… and " + more + " more problems in " + file));
        }
        throw new InvalidInputException(all);
    }

    static String quoted(String found) {
        return found == null || found.isEmpty()
                ? "nothing"
                : "\"" + (found.length() > 60 ? found.substring(0, 60) + "…" : found) + "\"";
    }
}
