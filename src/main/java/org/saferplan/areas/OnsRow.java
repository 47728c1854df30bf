package org.saferplan.areas;

import java.util.List;
import java.util.Map;

/** One data row of an ONS file, read by column name; every bad value is reported with its line and column. */
final class OnsRow {

    private final String file;
    private final long line;
    private final Map<String, Integer> columnIndex;
    private final List<String> fields;
    private final List<ImportProblem> problems;

    OnsRow(
            String file,
            long line,
            Map<String, Integer> columnIndex,
            List<String> fields,
            List<ImportProblem> problems) {
        this.file = file;
        this.line = line;
        this.columnIndex = columnIndex;
        this.fields = fields;
        this.problems = problems;
    }

    /** The area named by a code column (and optional name column); null after reporting a problem. */
    Area area(String codeColumn, String nameColumn, AreaKind kind) {
        var code = value(codeColumn).toUpperCase();
        if (!kind.accepts(code)) {
            problem("column " + codeColumn + " has \"" + abbreviate(code) + "\": expected a " + kind.label()
                    + " code like " + kind.example());
            return null;
        }
        var name = nameColumn == null ? "" : value(nameColumn);
        if (nameColumn != null && name.isEmpty()) {
            problem("column " + nameColumn + " is empty: expected the name of " + code);
            return null;
        }
        return new Area(code, kind, name.isEmpty() ? code : name);
    }

    String oneOf(String column, List<String> allowed) {
        var value = value(column).toUpperCase();
        if (!allowed.contains(value)) {
            problem("column " + column + " has \"" + abbreviate(value) + "\": expected one of " + allowed);
            return null;
        }
        return value;
    }

    Integer count(String column) {
        var value = value(column).replace(",", "");
        try {
            int count = Integer.parseInt(value);
            if (count >= 0) {
                return count;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problem("column " + column + " has \"" + abbreviate(value) + "\": expected a whole number of people");
        return null;
    }

    private String value(String column) {
        int index = columnIndex.get(column);
        return index < fields.size() ? fields.get(index).strip() : "";
    }

    private void problem(String message) {
        problems.add(new ImportProblem(file, line, message));
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
