package org.saferplan.crime;

/** One reason an import was refused: which file, which line (0 for the file as a whole) and what was expected. */
public record ImportProblem(String file, long line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ", line " + line + ": " + message : file + ": " + message;
    }
}
