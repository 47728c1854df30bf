package org.saferplan.crime;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.CsvRecordHandler;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
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
    static final String OUTCOME_COLUMNS =
            "force_id, outcome_type_id, month, longitude, latitude, lsoa_code, " + "crime_id, location";
    static final String STOP_SEARCH_COLUMNS = "force_id, month, occurred_at, longitude, latitude, part_of_operation, "
            + "outcome_linked_to_object, removal_of_more_than_outer_clothing, search_type, operation_name, gender, "
            + "age_range, self_defined_ethnicity, officer_defined_ethnicity, legislation, object_of_search, outcome";

    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern LSOA = Pattern.compile("[EWSN]\\d{8}");
    private static final Pattern HEX_ID = Pattern.compile("[0-9a-fA-F]{64}");

    /** What a file gave: data rows, rows without location, the force name it carries, its cube. */
    static final class FileRead {
        long rows;
        long noLocationRows;
        String forceName;
        final CubeCounts cube = new CubeCounts();
    }

    /**
     * The monthly cube of one street file: crimes per (LSOA, crime type), LSOA null for no location. Kept in two
     * primitive arrays (open addressing), the LSOA code packed into an int, so counting a row allocates nothing.
     */
    static final class CubeCounts {

        /** Told each cell: the LSOA code (null for no location), the crime type id and the count. */
        interface Cell {
            void accept(String lsoaCode, short crimeType, int crimes) throws SQLException;
        }

        private static final String LETTERS = "EWSN";
        private long[] keys = new long[1 << 10];
        private int[] counts = new int[1 << 10];
        private int size;

        /** Counts one row of LSOA {@code lsoaKey} ({@link #lsoaKey}, -1 for none) and crime type. */
        void add(int lsoaKey, short crimeType) {
            long key = ((long) (lsoaKey + 1) << 8) | crimeType;
            int mask = keys.length - 1;
            int slot = (int) (key * 0x9E3779B97F4A7C15L >>> 40) & mask;
            while (keys[slot] != 0) {
                if (keys[slot] == key) {
                    counts[slot]++;
                    return;
                }
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            counts[slot] = 1;
            if (++size * 2 > keys.length) {
                grow();
            }
        }

        boolean isEmpty() {
            return size == 0;
        }

        int size() {
            return size;
        }

        void forEach(Cell cell) throws SQLException {
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] != 0) {
                    int lsoa = (int) (keys[i] >>> 8) - 1;
                    cell.accept(lsoa < 0 ? null : lsoaCode(lsoa), (short) (keys[i] & 0xff), counts[i]);
                }
            }
        }

        /** An LSOA code [EWSN] and 8 digits as an int; -1 when the characters are not one. */
        static int lsoaKey(char[] chars, int offset, int length) {
            if (length != 9) {
                return -1;
            }
            int letter = LETTERS.indexOf(chars[offset]);
            if (letter < 0) {
                return -1;
            }
            int digits = 0;
            for (int i = offset + 1; i < offset + 9; i++) {
                char c = chars[i];
                if (c < '0' || c > '9') {
                    return -1;
                }
                digits = digits * 10 + (c - '0');
            }
            return letter * 100_000_000 + digits;
        }

        static String lsoaCode(int key) {
            var digits = Integer.toString(100_000_000 + key % 100_000_000).substring(1);
            return LETTERS.charAt(key / 100_000_000) + digits;
        }

        private void grow() {
            var oldKeys = keys;
            var oldCounts = counts;
            keys = new long[oldKeys.length * 2];
            counts = new int[oldKeys.length * 2];
            int mask = keys.length - 1;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != 0) {
                    int slot = (int) (oldKeys[i] * 0x9E3779B97F4A7C15L >>> 40) & mask;
                    while (keys[slot] != 0) {
                        slot = (slot + 1) & mask;
                    }
                    keys[slot] = oldKeys[i];
                    counts[slot] = oldCounts[i];
                }
            }
        }
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
        return read(source, name, forceId, copy, counter, null);
    }

    /**
     * Reads {@code source} as {@link #read(SourceFile, PoliceUkFileName, short, PgBinaryCopy, RowCounter)} does,
     * feeding every byte of the file to {@code sha256} on the way when it is not null (so a new file is read once).
     */
    FileRead read(
            SourceFile source,
            PoliceUkFileName name,
            short forceId,
            PgBinaryCopy copy,
            RowCounter counter,
            MessageDigest sha256)
            throws IOException {
        var result = new FileRead();
        var file = source.name();
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        long line = 0;
        boolean header = true;
        InputStream raw = Files.newInputStream(source.path());
        if (sha256 != null) {
            raw = new DigestInputStream(raw, sha256);
        }
        var street = name.kind() == FileKind.STREET ? new StreetRow(file, name, forceId, copy, result) : null;
        @SuppressWarnings("unchecked")
        var handler = street != null
                ? (CsvCallbackHandler<Object>) (CsvCallbackHandler<?>) street
                : (CsvCallbackHandler<Object>) (CsvCallbackHandler<?>) CsvRecordHandler.of();
        try (InputStream in = skipByteOrderMark(new BufferedInputStream(raw, 1 << 16));
                var reader = CsvReader.builder()
                        .allowExtraFields(true)
                        .allowMissingFields(true)
                        .build(handler, new InputStreamReader(in, decoder))) {
            var row = new Row(file, name, forceId, copy, result);
            int expected = name.kind().header().size();
            for (var record : reader) {
                var csv = record instanceof CsvRecord r ? r : null;
                line = csv != null ? csv.getStartingLineNumber() : street.line();
                int fields = csv != null ? csv.getFieldCount() : street.fieldCount();
                if (header) {
                    header = false;
                    if (!headerMatches(csv != null ? csv.getFields() : street.fields(), name.kind())) {
                        add(
                                file,
                                line,
                                "the header is not that of a police.uk "
                                        + name.kind().slug() + " file: expected "
                                        + String.join(",", name.kind().header()));
                        return result;
                    }
                    continue;
                }
                if (fields != expected) {
                    add(
                            file,
                            line,
                            "has " + fields + " columns: expected " + expected + " as in the police.uk "
                                    + name.kind().slug() + " header");
                } else if (csv != null) {
                    row.read(csv, line);
                } else {
                    street.read();
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
                notUtf8(source, line);
                return result;
            }
            throw e;
        } catch (CharacterCodingException e) {
            notUtf8(source, line);
            return result;
        } catch (CsvParseException e) {
            add(
                    file,
                    line + 1,
                    "is not well-formed CSV here (" + rootMessage(e)
                            + "): expected comma-separated fields, quoted with \" where they contain commas");
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not copy rows into the archive: " + e.getMessage(), e);
        }
        if (header) {
            add(
                    file,
                    0,
                    "is empty: expected the police.uk " + name.kind().slug() + " header "
                            + String.join(",", name.kind().header()) + " and data rows");
        }
        return result;
    }

    /** The problem for a file that is not UTF-8, naming the line of its first wrong byte. */
    private void notUtf8(SourceFile source, long line) throws IOException {
        long bad = PoliceUkImporter.digest(source.path()).badUtf8Line();
        if (bad > 0) {
            add(source.name(), bad, "is not UTF-8 text: save it as CSV UTF-8 and import it again");
        } else {
            add(
                    source.name(),
                    0,
                    "is not UTF-8 text (the first wrong bytes are at or after line " + Math.max(line, 1)
                            + "): save it as CSV UTF-8 and import it again");
        }
    }

    private static boolean headerMatches(List<String> fields, FileKind kind) {
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

    /**
     * Reads street rows straight from FastCSV's callbacks (no String per field: stack.md measured 1.2 against 1.7
     * CPU-microseconds a row), checks them exactly as {@link Row} would (its checks give every message, so the
     * wording is shared), counts the cube and writes the row. Strings are made only for problems and the force name.
     */
    private final class StreetRow extends AbstractBaseCsvCallbackHandler<Object> {

        private static final int COLUMNS = 12;
        private static final int NONE = Integer.MIN_VALUE;

        private final Row row;
        private final char[] month;
        private final int monthDays;
        private final short forceId;
        private final PgBinaryCopy copy;
        private final FileRead result;
        private final int[] start = new int[COLUMNS];
        private final int[] length = new int[COLUMNS];
        private char[] chars = new char[512];
        private int used;

        StreetRow(String file, PoliceUkFileName name, short forceId, PgBinaryCopy copy, FileRead result) {
            this.row = new Row(file, name, forceId, copy, result);
            this.month = name.month().toString().toCharArray();
            this.monthDays = (int) (name.month().atDay(1).toEpochDay()
                    - LocalDate.of(2000, 1, 1).toEpochDay());
            this.forceId = forceId;
            this.copy = copy;
            this.result = result;
        }

        @Override
        protected void handleBegin(long startingLineNumber) {
            used = 0;
        }

        @Override
        protected void handleField(int index, char[] buffer, int offset, int size, boolean quoted) {
            if (index >= COLUMNS) {
                return;
            }
            if (used + size > chars.length) {
                chars = java.util.Arrays.copyOf(chars, Math.max(chars.length * 2, used + size));
            }
            System.arraycopy(buffer, offset, chars, used, size);
            start[index] = used;
            length[index] = size;
            used += size;
        }

        @Override
        protected Object buildRecord() {
            return this;
        }

        long line() {
            return getStartingLineNumber();
        }

        int fieldCount() {
            return getFieldCount();
        }

        /** The fields of this record as strings (fields after the twelfth as empty strings). */
        List<String> fields() {
            var fields = new ArrayList<String>();
            for (int i = 0; i < getFieldCount(); i++) {
                fields.add(i < COLUMNS ? field(i) : "");
            }
            return fields;
        }

        private String field(int index) {
            return new String(chars, start[index], length[index]);
        }

        void read() throws SQLException {
            row.begin(getStartingLineNumber());
            if (!sameAsMonth(1)) {
                row.checkMonth(field(1));
            }
            int longitude = coordinate(4, "Longitude", MIN_LONGITUDE, MAX_LONGITUDE);
            int latitude = coordinate(5, "Latitude", MIN_LATITUDE, MAX_LATITUDE);
            if ((length[4] == 0) != (length[5] == 0)) {
                row.checkBoth(field(4), field(5));
            }
            int lsoa = -1;
            if (length[7] > 0) {
                lsoa = CubeCounts.lsoaKey(chars, start[7], length[7]);
                if (lsoa < 0) {
                    row.lsoa(field(7));
                }
            }
            short type = dictionaries.crimeType(chars, start[9], length[9]);
            if (type == 0) {
                row.problem("column Crime type has \"" + field(9) + "\": expected one of the 14 police.uk crime"
                        + " types (" + String.join(", ", dictionaries.crimeTypeNames) + ")");
            }
            short outcome = dictionaries.outcome(chars, start[10], length[10]);
            if (outcome < 0) {
                outcome = row.outcome(field(10), "Last outcome category");
            }
            if (!row.ok) {
                return;
            }
            result.rows++;
            if (lsoa < 0) {
                result.noLocationRows++;
            }
            if (result.forceName == null && !field(3).isBlank()) {
                result.forceName = field(3).strip();
            }
            result.cube.add(lsoa, type);
            if (copy != null) {
                copy.row(10);
                copy.smallint(forceId);
                copy.smallint(type);
                copy.smallintOrNull(outcome);
                copy.integer(monthDays);
                integerOrNull(longitude);
                integerOrNull(latitude);
                copy.text(chars, start[7], lsoa < 0 ? 0 : length[7]);
                if (length[0] == 64 && isHex(start[0])) {
                    copy.hex(chars, start[0]);
                } else {
                    copy.text(chars, start[0], length[0]);
                }
                copy.text(chars, start[6], length[6]);
                copy.text(chars, start[11], length[11]);
            }
        }

        private void integerOrNull(int value) {
            if (value == NONE) {
                copy.nullValue();
            } else {
                copy.integer(value);
            }
        }

        private boolean sameAsMonth(int index) {
            if (length[index] != month.length) {
                return false;
            }
            for (int i = 0; i < month.length; i++) {
                if (chars[start[index] + i] != month[i]) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Micro-degrees of a plain decimal with at most 6 decimals (what police.uk writes), exactly
         * {@code Math.round(Double.parseDouble(value) * 1e6)}; anything else goes through {@link Row}'s check.
         */
        private int coordinate(int index, String column, int min, int max) {
            int n = length[index];
            if (n == 0) {
                return NONE;
            }
            int i = start[index];
            int end = i + n;
            boolean negative = chars[i] == '-';
            if (negative) {
                i++;
            }
            long whole = 0;
            int wholeDigits = 0;
            while (i < end && chars[i] >= '0' && chars[i] <= '9' && wholeDigits < 4) {
                whole = whole * 10 + (chars[i++] - '0');
                wholeDigits++;
            }
            long fraction = 0;
            int decimals = 0;
            boolean plain = wholeDigits > 0 && wholeDigits < 4;
            if (plain && i < end) {
                plain = chars[i++] == '.';
                while (plain && i < end && decimals < 7) {
                    char c = chars[i++];
                    plain = c >= '0' && c <= '9';
                    fraction = fraction * 10 + (c - '0');
                    decimals++;
                }
                plain = plain && decimals > 0 && decimals <= 6 && i == end;
            }
            if (plain) {
                for (int d = decimals; d < 6; d++) {
                    fraction *= 10;
                }
                long micro = whole * 1_000_000 + fraction;
                if (negative) {
                    micro = -micro;
                }
                if (micro >= min && micro <= max) {
                    return (int) micro;
                }
            }
            var value = row.coordinate(field(index), column, min, max);
            return value == null ? NONE : value;
        }

        private boolean isHex(int offset) {
            for (int i = offset; i < offset + 64; i++) {
                char c = chars[i];
                if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
                    return false;
                }
            }
            return true;
        }
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

        void read(CsvRecord record, long line) throws SQLException {
            begin(line);
            switch (name.kind()) {
                case STREET -> throw new IllegalStateException("street files are read by StreetRow");
                case OUTCOMES -> outcome(record);
                case STOP_AND_SEARCH -> stopAndSearch(record);
            }
        }

        void begin(long line) {
            this.line = line;
            this.ok = true;
        }

        private void outcome(CsvRecord r) throws SQLException {
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

        private void stopAndSearch(CsvRecord r) throws SQLException {
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
                    var time = value.length() > 10
                            ? LocalDateTime.parse(value)
                            : LocalDate.parse(value).atStartOfDay();
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
