package org.saferplan.surveys;

import de.siegmar.fastcsv.reader.CsvReader;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.saferplan.surveys.Records.Question;
import org.saferplan.surveys.Records.Respondent;
import org.saferplan.web.InvalidInputException;

/**
 * Reads a respondent-level file: CSV (UTF-8) or XLSX (the first sheet), one row per respondent after a header row,
 * a column per question named by the question's code, and optional {@code weight}, {@code area_code} (a GSS code),
 * {@code age_band} and {@code sex} columns. A single-choice or yes/no cell holds a category's label; a
 * multiple-choice cell holds labels separated by {@code ;}; an empty cell is no answer. Every problem names its row
 * (the header is row 1) and column; a file with any problem is refused whole.
 */
final class RespondentFile {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_ROWS = 50_000;
    /** Largest uncompressed part of an XLSX file; POI's default minimum inflate ratio (1%) also applies. */
    static final long MAX_XLSX_ENTRY_BYTES = 100L * 1024 * 1024;

    static final int MAX_PROBLEMS = 20;
    static final String FIELD = "file";

    private static final Pattern GSS_CODE = Pattern.compile("[EWSN]\\d{8}");
    private static final Map<String, String> ATTRIBUTES = Map.of(
            "weight",
            "weight",
            "area_code",
            "area_code",
            "area",
            "area_code",
            "age_band",
            "age_band",
            "age",
            "age_band",
            "sex",
            "sex");

    static {
        ZipSecureFile.setMaxEntrySize(MAX_XLSX_ENTRY_BYTES);
    }

    private RespondentFile() {}

    /** The respondents of the file, or an {@link InvalidInputException} listing what is wrong where. */
    static List<Respondent> read(String filename, byte[] bytes, List<Question> questions) {
        if (bytes.length == 0) {
            throw problem("The file " + name(filename) + " is empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw problem("The file " + name(filename) + " is larger than 5 MB: split it, or remove columns that"
                    + " are not questions");
        }
        boolean xlsx = bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
        var rows = xlsx ? xlsxRows(filename, bytes) : csvRows(filename, bytes);
        return respondents(filename, rows, questions);
    }

    private static String name(String filename) {
        return filename == null || filename.isBlank() ? "" : "“" + filename + "”";
    }

    private static InvalidInputException problem(String message) {
        return new InvalidInputException(FIELD, message.replace("  ", " "));
    }

    private static List<List<String>> csvRows(String filename, byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw problem("The file " + name(filename) + " is not UTF-8 text: save it as “CSV UTF-8” or as an"
                    + " Excel workbook (.xlsx)");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw problem("The file " + name(filename) + " is empty");
        }
        var rows = new ArrayList<List<String>>();
        try (var reader = CsvReader.builder()
                .skipEmptyLines(true)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .ofCsvRecord(text)) {
            for (var record : reader) {
                if (rows.size() > MAX_ROWS) {
                    throw problem("The file has more than " + Views.whole(MAX_ROWS) + " respondents");
                }
                rows.add(record.getFields());
            }
        } catch (java.io.IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw problem("The file " + name(filename) + " is not a CSV file SaferPlan can read: " + e.getMessage());
        }
        return rows;
    }

    private static List<List<String>> xlsxRows(String filename, byte[] bytes) {
        var rows = new ArrayList<List<String>>();
        try (var workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw problem("The workbook " + name(filename) + " has no sheet");
            }
            var sheet = workbook.getSheetAt(0);
            if (sheet.getLastRowNum() > MAX_ROWS) {
                throw problem("The workbook has more than " + Views.whole(MAX_ROWS) + " respondents");
            }
            var formatter = new DataFormatter(Locale.UK);
            int width = 0;
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                var cells = new ArrayList<String>();
                if (row != null) {
                    int last = Math.max(row.getLastCellNum(), 0);
                    for (int c = 0; c < last; c++) {
                        var cell = row.getCell(c);
                        cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                    }
                }
                while (!cells.isEmpty() && cells.get(cells.size() - 1).isBlank()) {
                    cells.remove(cells.size() - 1);
                }
                if (cells.isEmpty()) {
                    continue;
                }
                if (rows.isEmpty()) {
                    width = cells.size();
                }
                while (cells.size() < width) {
                    cells.add("");
                }
                rows.add(cells);
            }
        } catch (InvalidInputException e) {
            throw e;
        } catch (Exception e) {
            throw problem("The file " + name(filename) + " could not be read as an Excel workbook (.xlsx): "
                    + (e.getMessage() == null
                            ? e.getClass().getSimpleName()
                            : e.getMessage().lines().findFirst().orElse("")));
        }
        if (rows.isEmpty()) {
            throw problem("The workbook " + name(filename) + " is empty");
        }
        return rows;
    }

    private static List<Respondent> respondents(String filename, List<List<String>> rows, List<Question> questions) {
        var problems = new ArrayList<String>();
        var header = rows.get(0).stream()
                .map(h -> h.strip().toLowerCase(Locale.ROOT))
                .toList();
        Map<String, Question> byCode = new HashMap<>();
        questions.forEach(q -> byCode.put(q.code(), q));
        var columns = new ArrayList<Object>();
        var seen = new HashSet<String>();
        for (int c = 0; c < header.size(); c++) {
            var name = header.get(c);
            var attribute = ATTRIBUTES.get(name);
            var question = byCode.get(name);
            var key = attribute != null ? attribute : name;
            if (!seen.add(key)) {
                problems.add("Row 1, column " + (c + 1) + ": “" + name + "” appears twice in the header");
            }
            if (attribute != null) {
                columns.add(attribute);
            } else if (question != null) {
                columns.add(question);
            } else {
                columns.add(null);
                problems.add("Row 1, column " + (c + 1) + ": “" + name + "” is not a question code of this survey ("
                        + String.join(
                                ", ", questions.stream().map(Question::code).toList())
                        + ") nor weight, area_code, age_band or sex");
            }
        }
        if (columns.stream().noneMatch(Question.class::isInstance)) {
            problems.add("Row 1: the header names no question of this survey; the first row must name the columns");
        }
        if (!problems.isEmpty()) {
            throw refused(filename, problems, 0);
        }
        if (rows.size() == 1) {
            throw problem("The file " + name(filename) + " has a header but no respondents");
        }
        var respondents = new ArrayList<Respondent>();
        int more = 0;
        for (int r = 1; r < rows.size(); r++) {
            int rowNumber = r + 1;
            var cells = rows.get(r);
            var rowProblems = new ArrayList<String>();
            if (cells.size() != header.size()) {
                rowProblems.add(
                        "Row " + rowNumber + " has " + cells.size() + " columns; the header has " + header.size());
            } else {
                Double weight = null;
                String area = null;
                String age = null;
                String sex = null;
                var chosen = new LinkedHashSet<Long>();
                for (int c = 0; c < cells.size(); c++) {
                    var value = cells.get(c).strip();
                    var where = "Row " + rowNumber + ", column " + header.get(c) + ": ";
                    var column = columns.get(c);
                    if (column instanceof Question question) {
                        answers(question, value, where, chosen, rowProblems);
                    } else if ("weight".equals(column)) {
                        weight = weight(value, where, rowProblems);
                    } else if ("area_code".equals(column)) {
                        if (!value.isEmpty()
                                && !GSS_CODE.matcher(value.toUpperCase(Locale.ROOT))
                                        .matches()) {
                            rowProblems.add(where + "“" + value + "” is not a GSS area code like E06000059");
                        }
                        area = value.isEmpty() ? null : value.toUpperCase(Locale.ROOT);
                    } else {
                        if (value.length() > 40) {
                            rowProblems.add(where + "write at most 40 characters");
                        }
                        if ("age_band".equals(column)) {
                            age = value.isEmpty() ? null : value;
                        } else {
                            sex = value.isEmpty() ? null : value;
                        }
                    }
                }
                respondents.add(new Respondent(rowNumber, weight, area, age, sex, chosen));
            }
            for (var p : rowProblems) {
                if (problems.size() < MAX_PROBLEMS) {
                    problems.add(p);
                } else {
                    more++;
                }
            }
        }
        if (!problems.isEmpty()) {
            throw refused(filename, problems, more);
        }
        return respondents;
    }

    private static void answers(
            Question question, String value, String where, LinkedHashSet<Long> chosen, List<String> problems) {
        if (value.isEmpty()) {
            return;
        }
        var parts = question.kind() == QuestionKind.MULTIPLE ? value.split(";") : new String[] {value};
        for (var part : parts) {
            var label = part.strip();
            if (label.isEmpty()) {
                continue;
            }
            var category = question.categories().stream()
                    .filter(c -> c.label().equalsIgnoreCase(label))
                    .findFirst();
            if (category.isEmpty()) {
                problems.add(where + "“" + label + "” is not a category of this question ("
                        + String.join(
                                ", ",
                                question.categories().stream()
                                        .map(Records.Category::label)
                                        .toList()) + ")");
            } else {
                chosen.add(category.get().id());
            }
        }
    }

    private static Double weight(String value, String where, List<String> problems) {
        if (value.isEmpty()) {
            problems.add(where + "enter a weight (every respondent needs one when the file has a weight column)");
            return null;
        }
        try {
            double weight = Double.parseDouble(value);
            if (!(weight > 0) || !Double.isFinite(weight) || weight > 1000) {
                problems.add(where + "“" + value + "” is not a weight: enter a positive number up to 1,000");
                return null;
            }
            return weight;
        } catch (NumberFormatException e) {
            problems.add(where + "“" + value + "” is not a number");
            return null;
        }
    }

    private static InvalidInputException refused(String filename, List<String> problems, int more) {
        var list = new ArrayList<InvalidInputException.Problem>();
        var prefix = filename == null || filename.isBlank() ? "" : filename + ": ";
        for (var p : problems) {
            list.add(new InvalidInputException.Problem(FIELD, prefix + p));
        }
        if (more > 0) {
            list.add(new InvalidInputException.Problem(FIELD, "and " + more + " more problems"));
        }
        list.add(new InvalidInputException.Problem(
                FIELD, "Nothing was stored from the file: correct it and upload" + " it again"));
        return new InvalidInputException(list);
    }
}
