package org.saferplan.evidence;

import de.siegmar.fastcsv.reader.CsvReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.saferplan.web.InvalidInputException;

/**
 * An uploaded file as rows of text cells, from CSV (UTF-8, a byte order mark allowed) or the first sheet of an XLSX
 * workbook. Row numbers are those a person sees in the file or spreadsheet (1 = the first line). Numbers in XLSX
 * cells come through as plain decimals (no thousands separators) and dates as {@code yyyy-MM-dd'T'HH:mm}.
 */
record Table(List<Line> lines) {

    static final int MAX_ROWS = 200_000;

    /** One row: its number in the file and its cells, trimmed. */
    record Line(int number, List<String> cells) {

        String cell(int index) {
            return index >= 0 && index < cells.size() ? cells.get(index) : "";
        }

        boolean blank() {
            return cells.stream().allMatch(String::isEmpty);
        }
    }

    static Table read(UploadedFile file) {
        if (file.bytes().length == 0) {
            throw new InvalidInputException(Problems.FIELD, file.name() + " is empty: choose a CSV or XLSX file");
        }
        if (file.bytes().length > UploadedFile.MAX_BYTES) {
            throw new InvalidInputException(Problems.FIELD, file.name() + " is larger than 5 MB");
        }
        return file.xlsx() ? xlsx(file) : csv(file);
    }

    private static Table csv(UploadedFile file) {
        var lines = new ArrayList<Line>();
        var text = new String(file.bytes(), StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try (var reader = CsvReader.builder()
                .allowExtraFields(true)
                .allowMissingFields(true)
                .ofCsvRecord(text)) {
            for (var record : reader) {
                if (lines.size() >= MAX_ROWS) {
                    throw new InvalidInputException(
                            Problems.FIELD, file.name() + " has more than " + MAX_ROWS + " rows");
                }
                lines.add(new Line(
                        (int) record.getStartingLineNumber(),
                        record.getFields().stream().map(String::strip).toList()));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException refused) {
                throw refused;
            }
            throw new InvalidInputException(
                    Problems.FIELD, file.name() + " could not be read as CSV: " + e.getMessage());
        }
        return new Table(lines);
    }

    private static Table xlsx(UploadedFile file) {
        // POI refuses zip bombs (an entry inflating more than 100 times) by itself; the size guard is ours.
        ZipSecureFile.setMinInflateRatio(0.01);
        var lines = new ArrayList<Line>();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(file.bytes()))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new InvalidInputException(Problems.FIELD, file.name() + " has no sheet");
            }
            var sheet = workbook.getSheetAt(0);
            if (sheet.getLastRowNum() >= MAX_ROWS) {
                throw new InvalidInputException(Problems.FIELD, file.name() + " has more than " + MAX_ROWS + " rows");
            }
            for (Row row : sheet) {
                var cells = new ArrayList<String>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    cells.add(text(row.getCell(c)));
                }
                lines.add(new Line(row.getRowNum() + 1, cells));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException refused) {
                throw refused;
            }
            throw new InvalidInputException(
                    Problems.FIELD,
                    file.name() + " could not be read as an XLSX workbook ("
                            + e.getClass().getSimpleName() + ")");
        }
        return new Table(lines);
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        var type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC ->
                DateUtil.isCellDateFormatted(cell)
                        ? cell.getLocalDateTimeCellValue().format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"))
                        : BigDecimal.valueOf(cell.getNumericCellValue())
                                .stripTrailingZeros()
                                .toPlainString();
            case STRING -> cell.getStringCellValue().strip();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }
}
