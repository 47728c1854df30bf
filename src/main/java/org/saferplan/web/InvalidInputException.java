package org.saferplan.web;

import java.util.List;

/**
 * A change refused because of what the user entered: each problem names the form field and says what is wrong, so
 * the page can show it in the GOV.UK error summary. Thrown before anything is stored.
 */
public class InvalidInputException extends RuntimeException {

    private final List<Problem> problems;

    public InvalidInputException(String field, String message) {
        this(List.of(new Problem(field, message)));
    }

    public InvalidInputException(List<Problem> problems) {
        super(problems.isEmpty() ? "invalid input" : problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** One problem with one field. */
    public record Problem(String field, String message) {}
}
