package org.saferplan.performance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.saferplan.web.InvalidInputException;

/**
 * Reads values pasted or uploaded as two-column CSV, {@code period,value} per line. A first line whose first
 * cell is {@code period} is a header and skipped; blank lines are skipped. Every bad line is named with its number
 * and what was expected, and nothing is returned if any line is bad, so nothing is stored.
 */
final class CsvValues {

    static final int MAX_LINES = 5_000;

    private CsvValues() {}

    static List<IndicatorValue> parse(String text, Indicator indicator, String field) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, "Paste or upload at least one line of period,value");
        }
        var lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        if (lines.length > MAX_LINES) {
            throw new InvalidInputException(field, "Send at most " + MAX_LINES + " lines, not " + lines.length);
        }
        var values = new ArrayList<IndicatorValue>();
        var problems = new ArrayList<InvalidInputException.Problem>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            var line = i == 0 ? lines[i].replace("\uFEFF", "") : lines[i];
            if (line.isBlank()) {
                continue;
            }
            var cells = line.split(",", -1);
            if (i == 0 && cells[0].strip().replace("\"", "").equalsIgnoreCase("period")) {
                continue;
            }
            if (cells.length != 2) {
                problems.add(new InvalidInputException.Problem(
                        field,
                        "Line " + number + ": expected 2 columns, " + "period,value, but found " + cells.length));
                continue;
            }
            var periodText = unquote(cells[0]);
            var period = indicator.frequency().parse(periodText);
            if (period == null) {
                problems.add(new InvalidInputException.Problem(
                        field,
                        "Line " + number + ": expected " + indicator.frequency().expected() + ", but found \""
                                + periodText + "\""));
                continue;
            }
            var first = seen.putIfAbsent(period.text(), number);
            if (first != null) {
                problems.add(new InvalidInputException.Problem(
                        field,
                        "Line " + number + ": period " + period.text() + " is already on line " + first
                                + "; give each period once"));
                continue;
            }
            var valueText = unquote(cells[1]);
            try {
                values.add(new IndicatorValue(period, IndicatorInputs.value(valueText, indicator.unit()), ""));
            } catch (InvalidInputException e) {
                problems.add(new InvalidInputException.Problem(field, "Line " + number + ": " + e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (values.isEmpty()) {
            throw new InvalidInputException(field, "Paste or upload at least one line of period,value");
        }
        return values;
    }

    private static String unquote(String cell) {
        var clean = cell.strip();
        if (clean.length() >= 2 && clean.startsWith("\"") && clean.endsWith("\"")) {
            clean = clean.substring(1, clean.length() - 1).strip();
        }
        return clean;
    }
}
