package org.saferplan.crime;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads and checks one police.uk file, line by line, writing each good row to a binary COPY (when given one) and,
 * for street files, counting the monthly cube. Every problem names the file, the line and what was expected; the
 * caller stores nothing when there is any (its transaction rolls back).
 *
 * <p>Coordinates are kept as integer micro-degrees and must lie in the United Kingdom (longitude -8.7 to 1.8,
 * latitude 49.8 to 60.9) or be absent together. A row without an LSOA code is a crime police.uk could not locate:
 * it is kept and counted as "no location" (methods.md §1.4), never dropped.
 */
final class PoliceUkReader {

    static final int MAX_PROBLEMS = 50;
    static final int MIN_LONGITUDE = -8_700_000;
    static final int MAX_LONGITUDE = 1_800_000;
    static final int MIN_LATITUDE = 49_800_000;
    static final int MAX_LATITUDE = 60_900_000;

    static final String STREET_COLUMNS = "force_id, crime_type_id, last_outcome_id, month, longitude, latitude, "
            + "lsoa_code, crime_id, location, context";
    static final String OUTCOME_COLUMNS = "force_id, outcome_type_id, month, longitude, latitude, lsoa_code, "
            + "crime_id, location";
    static final String STOP_SEARCH_COLUMNS = "force_id, month, occurred_at, longitude, latitude, part_of_operation, "
            + "outcome_linked_to_object, removal_of_more_than_outer_clothing, search_type, operation_name, gender, "
            + "age_range, self_defined_ethnicity, officer_defined_ethnicity, legislation, object_of_search, outcome";

    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern LSOA = Pattern.compile("[EWSN]\\d{8}");
    private static final Pattern HEX_ID = Pattern.compile("[0-9a-fA-F]{64}");

    /** A cube cell of a street file: LSOA (null for no location) and crime type. */
    record CubeKey(String lsoaCode, short crimeType) {}

    /** What a file gave: data rows, rows without location, the force name it carries, its cube. */
    static final class FileRead {
        long rows;
        long noLocationRows;
        String forceName;
        final Map<CubeKey, int[]> cube = new HashMap<>();
    }

    /** Told every few thousand rows how many rows have been read so far. */
    interface RowCounter {
        void rowsRead(long rows);
    }

    private final Dictionaries dictionaries;
    private final List<ImportProblem> problems;

    PoliceUkReader(Dictionaries dictionaries, List<ImportProblem> problems) {
        this.dictionaries = dictionaries;
        this.problems = problems;
    }

    boolean full() {
        return problems.size() >= MAX_PROBLEMS;
    }

    /**
     * Reads {@code source}; writes good rows of force {@code forceId} to {@code copy} unless it is null (then the
     * file is only checked).
     */
    FileRead read(SourceFile source, PoliceUkFileName name, short forceId, PgBinaryCopy copy, RowCounter counter)
            throws IOException {
        var result = new FileRead();
        var file = source.name();
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        long line = 0;
        boolean header = true;
        try (InputStream in = skipByteOrderMark(new BufferedInputStream(Files.newInputStream(source.path()), 1 << 16));
                var reader = CsvReader.builder()
                        .allowExtraFields(true)
                        .allowMissingFields(true)
                        .ofCsvRecord(new InputStreamReader(in, decoder))) {
            var row = new Row(file, name, forceId, copy, result);
            for (var record : reader) {
                line = record.getStartingLineNumber();
                if (header) {
                    header = false;
                    if (!headerMatches(record, name.kind())) {
                        add(file, line, "the header is not that of a police.uk " + name.kind().slug()
                                + " file: expected " + String.join(",", name.kind().header()));
                        return result;
                    }
                    continue;
                }
                int expected = name.kind().header().size();
                if (record.getFieldCount() != expected) {
                    add(file, line, "has " + record.getFieldCount() + " columns: expected " + expected
                            + " as in the police.uk " + name.kind().slug() + " header");
                } else {
                    row.read(record, line);
                }
                if (full()) {
                    return result;
                }
                if (counter != null && (result.rows & 0x3fff) == 0 && result.rows > 0) {
                    counter.rowsRead(result.rows);
                }
            }
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                add(file, 0, "is not UTF-8 text (the first wrong bytes are at or after line " + Math.max(line, 1)
                        + "): save it as CSV UTF-8 and import it again");
                return result;
            }
            throw e;
        } catch (CharacterCodingException e) {
            add(file, 0, "is not UTF-8 text (the first wrong bytes are at or after line " + Math.max(line, 1)
                    + "): save it as CSV UTF-8 and import it again");
            return result;
        } catch (CsvParseException e) {
            add(file, line + 1, "is not well-formed CSV here (" + rootMessage(e)
                    + "): expected comma-separated fields, quoted with \" where they contain commas");
            return result;
        }
        if (header) {
            add(file, 0, "is empty: expected the police.uk " + name.kind().slug() + " header "
                    + String.join(",", name.kind().header()) + " and data rows");
        }
        return result;
    }

    private static boolean headerMatches(CsvRecord record, FileKind kind) {
        var fields = record.getFields();
        if (fields.size() != kind.header().size()) {
            return false;
        }
        for (int i = 0; i < fields.size(); i++) {
            if (!fields.get(i).strip().equals(kind.header().get(i))) {
                return false;
            }
        }
        return true;
    }

    private void add(String file, long line, String message) {
        if (!full()) {
            problems.add(new ImportProblem(file, line, message));
        }
    }

    private static String rootMessage(Throwable e) {
        while (e.getCause() != null && e.getCause() != e) {
            e = e.getCause();
        }
        return e.getMessage();
    }

    private static InputStream skipByteOrderMark(BufferedInputStream in) throws IOException {
        in.mark(3);
        var bom = in.readNBytes(3);
        if (!(bom.length == 3 && (bom[0] & 0xff) == 0xef && (bom[1] & 0xff) == 0xbb && (bom[2] & 0xff) == 0xbf)) {
            in.reset();
        }
        return in;
    }

    /** Checks and writes one data row; state shared by the rows of one file. */
    private final class Row {

        private final String file;
        private final PoliceUkFileName name;
        private final String month;
        private final LocalDate firstDay;
        private final short forceId;
        private final PgBinaryCopy copy;
        private final FileRead result;
        private long line;
        private boolean ok;

        Row(String file, PoliceUkFileName name, short forceId, PgBinaryCopy copy, FileRead result) {
            this.file = file;
            this.name = name;
            this.month = name.month().toString();
            this.firstDay = name.month().atDay(1);
            this.forceId = forceId;
            this.copy = copy;
            this.result = result;
        }

        void read(CsvRecord record, long line) throws IOException {
            this.line = line;
            this.ok = true;
            switch (name.kind()) {
                case STREET -> street(record);
                case OUTCOMES -> outcome(record);
                case STOP_AND_SEARCH -> stopAndSearch(record);
            }
        }

        private void street(CsvRecord r) throws IOException {
            checkMonth(r.getField(1));
            var longitude = coordinate(r.getField(4), "Longitude", MIN_LONGITUDE, MAX_LONGITUDE);
            var latitude = coordinate(r.getField(5), "Latitude", MIN_LATITUDE, MAX_LATITUDE);
            checkBoth(r.getField(4), r.getField(5));
            var lsoa = lsoa(r.getField(7));
            short type = dictionaries.crimeType(r.getField(9));
            if (type == 0) {
                problem("column Crime type has \"" + r.getField(9) + "\": expected one of the 14 police.uk crime"
                        + " types (" + String.join(", ", dictionaries.crimeTypeNames) + ")");
            }
            short outcome = outcome(r.getField(10), "Last outcome category");
            if (!ok) {
                return;
            }
            count(r.getField(3), lsoa);
            result.cube.computeIfAbsent(new CubeKey(lsoa, type), key -> new int[1])[0]++;
            if (copy != null) {
                copy.row(10);
                copy.smallint(forceId);
                copy.smallint(type);
                copy.smallintOrNull(outcome);
                copy.date(firstDay);
                copy.integer(longitude);
                copy.integer(latitude);
                copy.text(lsoa);
                copy.bytes(crimeId(r.getField(0)));
                copy.text(r.getField(6));
                copy.text(r.getField(11));
            }
        }

        private void outcome(CsvRecord r) throws IOException {
            checkMonth(r.getField(1));
            var longitude = coordinate(r.getField(4), "Longitude", MIN_LONGITUDE, MAX_LONGITUDE);
            var latitude = coordinate(r.getField(5), "Latitude", MIN_LATITUDE, MAX_LATITUDE);
            checkBoth(r.getField(4), r.getField(5));
            var lsoa = lsoa(r.getField(7));
            short outcome = outcome(r.getField(9), "Outcome type");
            if (!ok) {
                return;
            }
            count(r.getField(3), lsoa);
            if (copy != null) {
                copy.row(8);
                copy.smallint(forceId);
                copy.smallintOrNull(outcome);
                copy.date(firstDay);
                copy.integer(longitude);
                copy.integer(latitude);
                copy.text(lsoa);
                copy.bytes(crimeId(r.getField(0)));
                copy.text(r.getField(6));
            }
        }

        private void stopAndSearch(CsvRecord r) throws IOException {
            if (r.getField(0).isBlank()) {
                problem("column Type is empty: expected Person search, Vehicle search or Person and Vehicle search");
            }
            var occurredAt = occurredAt(r.getField(1));
            var latitude = coordinate(r.getField(4), "Latitude", MIN_LATITUDE, MAX_LATITUDE);
            var longitude = coordinate(r.getField(5), "Longitude", MIN_LONGITUDE, MAX_LONGITUDE);
            checkBoth(r.getField(5), r.getField(4));
            var partOfOperation = bool(r.getField(2), "Part of a policing operation");
            var linked = bool(r.getField(13), "Outcome linked to object of search");
            var removal = bool(r.getField(14), "Removal of more than just outer clothing");
            if (!ok) {
                return;
            }
            result.rows++;
            if (latitude == null) {
                result.noLocationRows++;
            }
            if (copy != null) {
                copy.row(17);
                copy.smallint(forceId);
                copy.date(firstDay);
                copy.timestamp(occurredAt);
                copy.integer(longitude);
                copy.integer(latitude);
                copy.bool(partOfOperation);
                copy.bool(linked);
                copy.bool(removal);
                copy.text(r.getField(0));
                copy.text(r.getField(3));
                copy.text(r.getField(6));
                copy.text(r.getField(7));
                copy.text(r.getField(8));
                copy.text(r.getField(9));
                copy.text(r.getField(10));
                copy.text(r.getField(11));
                copy.text(r.getField(12));
            }
        }

        private void count(String fallsWithin, String lsoa) {
            result.rows++;
            if (lsoa == null) {
                result.noLocationRows++;
            }
            if (result.forceName == null && !fallsWithin.isBlank()) {
                result.forceName = fallsWithin.strip();
            }
        }

        private void problem(String message) {
            ok = false;
            add(file, line, message);
        }

        private void checkMonth(String value) {
            if (!MONTH.matcher(value).matches()) {
                problem("column Month has \"" + value + "\": expected a month like " + month);
            } else if (!value.equals(month)) {
                problem("column Month has \"" + value + "\": expected " + month + ", the month in the file name");
            }
        }

        private Integer coordinate(String value, String column, int min, int max) {
            if (value.isEmpty()) {
                return null;
            }
            double degrees;
            try {
                degrees = Double.parseDouble(value);
            } catch (NumberFormatException e) {
                problem("column " + column + " has \"" + value + "\": expected a number of degrees");
                return null;
            }
            long micro = Math.round(degrees * 1_000_000d);
            if (!Double.isFinite(degrees) || micro < min || micro > max) {
                problem("column " + column + " has \"" + value + "\": expected a " + column.toLowerCase()
                        + " in the United Kingdom, between " + min / 1e6 + " and " + max / 1e6);
                return null;
            }
            return (int) micro;
        }

        private void checkBoth(String longitude, String latitude) {
            if (longitude.isEmpty() != latitude.isEmpty()) {
                problem("has a " + (longitude.isEmpty() ? "latitude but no longitude" : "longitude but no latitude")
                        + ": expected both coordinates or neither");
            }
        }

        private String lsoa(String value) {
            if (value.isEmpty()) {
                return null;
            }
            if (!LSOA.matcher(value).matches()) {
                problem("column LSOA code has \"" + value + "\": expected an LSOA code like E01015301, or nothing");
                return null;
            }
            return value;
        }

        private short outcome(String value, String column) {
            short id = dictionaries.outcome(value.strip());
            if (id < 0) {
                problem("column " + column + " has \"" + value + "\": expected a police.uk outcome category "
                        + "(such as Under investigation, or Offender given a caution) or nothing");
                return 0;
            }
            return id;
        }

        private Boolean bool(String value, String column) {
            if (value.isEmpty()) {
                return null;
            }
            if (value.equalsIgnoreCase("true")) {
                return true;
            }
            if (value.equalsIgnoreCase("false")) {
                return false;
            }
            problem("column " + column + " has \"" + value + "\": expected True, False or nothing");
            return null;
        }

        /** The search's time; its own (local) date must fall in the file's month. */
        private Instant occurredAt(String value) {
            Instant instant;
            LocalDate date;
            try {
                var time = OffsetDateTime.parse(value);
                instant = time.toInstant();
                date = time.toLocalDate();
            } catch (DateTimeException withoutOffset) {
                try {
                    var time = value.length() > 10 ? LocalDateTime.parse(value) : LocalDate.parse(value).atStartOfDay();
                    instant = time.toInstant(ZoneOffset.UTC);
                    date = time.toLocalDate();
                } catch (DateTimeException e) {
                    problem("column Date has \"" + value + "\": expected a date and time like " + month
                            + "-06T22:45:00+00:00");
                    return null;
                }
            }
            if (!YearMonth.from(date).equals(name.month())) {
                problem("column Date has \"" + value + "\": expected a date in " + month
                        + ", the month in the file name");
            }
            return instant;
        }
    }

    private static final HexFormat HEX = HexFormat.of();

    private static byte[] crimeId(String value) {
        if (value.isEmpty()) {
            return null;
        }
        if (HEX_ID.matcher(value).matches()) {
            return HEX.parseHex(value);
        }
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
