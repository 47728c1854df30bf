package org.saferplan.evidence;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The generic indicator layout: a header row {@code area_code,period,value} with optional {@code numerator} and
 * {@code denominator} columns (any order, any case), then one row per area and period. Area codes must be areas ONS
 * geography knows; periods are of the dataset's period type; a numerator may not exceed its denominator; an area
 * and period may appear once.
 */
@Component
class IndicatorImporter implements Importer {

    static final List<String> REQUIRED = List.of("area_code", "period", "value");
    static final List<String> OPTIONAL = List.of("numerator", "denominator");

    private final AreaCheck areas;

    IndicatorImporter(AreaCheck areas) {
        this.areas = areas;
    }

    @Override
    public DatasetKind kind() {
        return DatasetKind.INDICATOR;
    }

    @Override
    public Staged read(UploadedFile file, ImportSettings settings) {
        var table = Table.read(file);
        var problems = new Problems(file.name());
        var lines = table.lines().stream().filter(line -> !line.blank()).toList();
        if (lines.isEmpty()) {
            problems.file(
                    "has no rows; expected a header row area_code,period,value then one row per area and" + " period");
            problems.throwIfAny();
        }
        var header = lines.get(0);
        var columns = columns(header, problems);
        problems.throwIfAny();
        var values = new ArrayList<Staged.Value>();
        Map<String, Integer> seen = new HashMap<>();
        Map<String, String> known = new HashMap<>();
        var type = settings.periodType();
        for (var line : lines.subList(1, lines.size())) {
            int n = line.number();
            var code = line.cell(columns.get("area_code")).toUpperCase(Locale.ROOT);
            var areaProblem =
                    known.computeIfAbsent(code, c -> java.util.Objects.requireNonNullElse(areas.problem(c), ""));
            areaProblem = areaProblem.isEmpty() ? null : areaProblem;
            if (areaProblem != null) {
                problems.cell(n, "area_code", areaProblem);
            }
            var periodText = line.cell(columns.get("period"));
            var period = type.parse(periodText);
            if (period == null) {
                problems.cell(n, "period", "found " + Problems.quoted(periodText) + "; expected " + type.expected());
            }
            var value = number(line, columns, "value", n, problems, true);
            var numerator = number(line, columns, "numerator", n, problems, false);
            var denominator = number(line, columns, "denominator", n, problems, false);
            if (numerator != null && denominator != null && numerator.compareTo(denominator) > 0) {
                problems.cell(
                        n,
                        "numerator",
                        "the numerator " + numerator.toPlainString()
                                + " is larger than the denominator " + denominator.toPlainString()
                                + "; expected a numerator no larger than its denominator");
            }
            if (denominator != null && denominator.signum() == 0) {
                problems.cell(n, "denominator", "found 0; expected a denominator above 0");
            }
            if (areaProblem == null && period != null) {
                var first = seen.putIfAbsent(code + " " + period.text(), n);
                if (first != null) {
                    problems.row(
                            n,
                            "area " + code + " and period " + period.text() + " are already on row " + first
                                    + "; expected each area and period once");
                }
            }
            if (!problems.any() && value != null) {
                values.add(new Staged.Value(code, period, "", "", value, numerator, denominator));
            }
        }
        if (lines.size() == 1) {
            problems.file("has a header but no values; expected one row per area and period under it");
        }
        problems.throwIfAny();
        return new Staged(values, List.of());
    }

    private static Map<String, Integer> columns(Table.Line header, Problems problems) {
        var columns = new HashMap<String, Integer>();
        for (int i = 0; i < header.cells().size(); i++) {
            var name = header.cell(i).toLowerCase(Locale.ROOT).replace(' ', '_');
            if (name.isEmpty()) {
                continue;
            }
            if (!REQUIRED.contains(name) && !OPTIONAL.contains(name)) {
                problems.cell(
                        header.number(),
                        columnLetter(i),
                        "found the column " + Problems.quoted(header.cell(i))
                                + "; expected only area_code, period, value, numerator and denominator");
            } else if (columns.putIfAbsent(name, i) != null) {
                problems.cell(header.number(), columnLetter(i), "the column " + name + " appears twice");
            }
        }
        for (var name : REQUIRED) {
            if (!columns.containsKey(name)) {
                problems.row(
                        header.number(),
                        "the header has no " + name + " column; expected a header row "
                                + "area_code,period,value (numerator and denominator optional)");
            }
        }
        return columns;
    }

    private static BigDecimal number(
            Table.Line line, Map<String, Integer> columns, String column, int n, Problems problems, boolean required) {
        var index = columns.get(column);
        var text = index == null ? "" : line.cell(index);
        if (text.isEmpty() && !required) {
            return null;
        }
        var number = Numbers.parse(text);
        if (number == null) {
            problems.cell(n, column, "found " + Problems.quoted(text) + "; expected a number such as 412 or 12.5");
        } else if (number.signum() < 0 && !column.equals("value")) {
            problems.cell(n, column, "found " + text + "; expected a number of 0 or more");
            return null;
        }
        return number;
    }

    /** The spreadsheet letter of a zero-based column: 0 is A, 26 is AA. */
    static String columnLetter(int index) {
        var letters = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            letters.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return letters.toString();
    }
}
