package org.saferplan.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.saferplan.web.InvalidInputException;
import org.saferplan.web.InvalidInputException.Problem;

/** A partnership's Community Safety Plan: a title and the years it covers, e.g. 2020 to 2023. */
record Plan(long id, long partnershipId, String title, int firstYear, int lastYear) {

    /** Checks a new plan's fields, naming every problem; years are submitted as text. */
    static void check(String title, String firstYear, String lastYear) {
        var problems = new ArrayList<Problem>();
        if (title == null || title.isBlank()) {
            problems.add(new Problem("title", "Enter the plan's title"));
        } else if (title.strip().length() > 200) {
            problems.add(new Problem("title", "The title must be 200 characters or fewer"));
        }
        Integer first = year(firstYear, "firstYear", "first", problems);
        Integer last = year(lastYear, "lastYear", "last", problems);
        if (first != null && last != null && last <= first) {
            problems.add(new Problem("lastYear", "The last year must be after the first year"));
        } else if (first != null && last != null && last - first > 10) {
            problems.add(new Problem("lastYear", "A plan can cover at most 10 years"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static Integer year(String text, String field, String which, List<Problem> problems) {
        var clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            problems.add(new Problem(field, "Enter the " + which + " year of the plan"));
            return null;
        }
        if (!clean.matches("^[0-9]{4}$") || Integer.parseInt(clean) < 2000 || Integer.parseInt(clean) > 2100) {
            problems.add(new Problem(field, "The " + which + " year must be a year like 2020"));
            return null;
        }
        return Integer.parseInt(clean);
    }

    String years() {
        return firstYear + " to " + lastYear;
    }

    Map<String, Object> auditValues() {
        return Map.of("title", title, "firstYear", firstYear, "lastYear", lastYear);
    }
}
