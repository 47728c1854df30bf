package org.saferplan.evidence;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A&amp;E assault records under the Information Sharing to Tackle Violence minimum data set (ISB 1594, the Cardiff
 * Model; methods.md §9), one row per assault attendance, aggregated on import. Columns (header row, any order):
 * {@code assault_date_time}, {@code assault_method}, {@code assault_location_type} (mandatory), and optionally
 * {@code arrival_date_time}, {@code assault_method_other_description}, {@code assault_location_description},
 * {@code latitude}, {@code longitude}, {@code lsoa_code}, {@code site_code}.
 *
 * <p>SaferPlan's rule for patient privacy: no row is stored, only counts for the area the submission covers by
 * month of the assault (not of arrival), by location type, by method, by the two crossed, by day of week and by hour;
 * and counts by LSOA and month where an LSOA or coordinates place the assault. Arrival time is used only to check the
 * row; the method's free-text description is never kept; a location description is kept only as a category (case
 * and spaces folded) shared by at least {@value #NAMED_LOCATION_MIN} assaults in the file and never for a home, so
 * a named place cannot point at one person. Any column beyond ISB 1594's (a name, NHS number, date of birth, age,
 * sex, postcode) refuses the whole file. Counts under 5 are suppressed wherever a dataset is published.
 */
@Component
class AssaultImporter implements Importer {

    static final int NAMED_LOCATION_MIN = 5;
    static final List<String> REQUIRED = List.of("assault_date_time", "assault_method", "assault_location_type");
    static final List<String> OPTIONAL = List.of(
            "arrival_date_time",
            "assault_method_other_description",
            "assault_location_description",
            "latitude",
            "longitude",
            "lsoa_code",
            "site_code");

    static final String LOCATION = "Location type";
    static final String METHOD = "Assault method";
    static final String CROSSED = "Location type and method";
    static final String DAY = "Day of week";
    static final String HOUR = "Hour of assault";
    static final String NAMED = "Named location (" + NAMED_LOCATION_MIN + " or more assaults in the file)";
    static final String HOME = "Home (private dwelling)";

    /** Assault method categories and words that place a value in them (the ISB code list was not retrieved). */
    /**
     * Assault method categories and words that place a value in them, tried in this order (the ISB 1594 code list
     * was not retrieved, methods.md gaps 4): a value equal to a category's name is that category.
     */
    static final Map<String, List<String>> METHODS = ordered(
            "Firearm", List.of("firearm", "gun", "shot"),
            "Knife or sharp instrument", List.of("knife", "sharp", "sharp instrument", "blade", "stabbed"),
            "Glass or bottle", List.of("glass", "bottle"),
            "Blunt object", List.of("blunt", "blunt object", "bat", "baseball bat", "stick", "hammer"),
            "Body part (fists, feet, head)",
                    List.of(
                            "body part",
                            "fist",
                            "fists",
                            "feet",
                            "foot",
                            "kick",
                            "kicked",
                            "punch",
                            "punched",
                            "head",
                            "headbutt",
                            "hand",
                            "hands",
                            "bite"),
            "Other", List.of("other"),
            "Not known", List.of("unknown", "not known", "not stated"));

    /** Assault location type categories, as {@link #METHODS}. */
    static final Map<String, List<String>> LOCATIONS = ordered(
            "Licensed premises (pub, club, bar)",
            List.of("licensed", "licensed premises", "pub", "public house", "club", "nightclub", "night club", "bar"),
            "Public transport",
            List.of("transport", "public transport", "bus", "train", "station", "taxi"),
            HOME,
            List.of("home", "dwelling", "house", "residential", "residence", "flat", "private dwelling"),
            "Workplace",
            List.of("work", "workplace", "place of work"),
            "School or college",
            List.of("school", "college", "education"),
            "Street or public place",
            List.of("street", "public place", "road", "park", "outdoors", "outside"),
            "Other",
            List.of("other"),
            "Not known",
            List.of("unknown", "not known", "not stated"));

    private static final List<DateTimeFormatter> DATE_TIMES = List.of(
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm[:ss]"),
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]"),
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm[:ss]"));

    private final AreaCheck areas;
    private final LsoaLocator locator;

    AssaultImporter(AreaCheck areas, LsoaLocator locator) {
        this.areas = areas;
        this.locator = locator;
    }

    @Override
    public DatasetKind kind() {
        return DatasetKind.ASSAULTS;
    }

    private record Row(
            int number,
            LocalDateTime assault,
            String method,
            String location,
            String description,
            String lsoa,
            Double latitude,
            Double longitude) {}

    @Override
    public Staged read(UploadedFile file, ImportSettings settings) {
        var area =
                settings.areaCode() == null ? "" : settings.areaCode().strip().toUpperCase(Locale.ROOT);
        var areaProblem = areas.problem(area);
        if (areaProblem != null) {
            throw new org.saferplan.web.InvalidInputException("areaCode", "Area the records cover: " + areaProblem);
        }
        var table = Table.read(file);
        var problems = new Problems(file.name());
        var lines = table.lines().stream().filter(line -> !line.blank()).toList();
        if (lines.size() < 2) {
            problems.file("has no assault rows; expected a header row (assault_date_time, assault_method,"
                    + " assault_location_type, ...) and one row per assault");
            problems.throwIfAny();
        }
        var columns = columns(lines.get(0), problems);
        problems.throwIfAny();
        var rows = new ArrayList<Row>();
        var lsoaChecked = new HashMap<String, String>();
        for (var line : lines.subList(1, lines.size())) {
            int n = line.number();
            var assault = dateTime(line, columns, "assault_date_time", n, problems, true);
            var arrival = dateTime(line, columns, "arrival_date_time", n, problems, false);
            if (assault != null && arrival != null && arrival.isBefore(assault)) {
                problems.cell(
                        n,
                        "arrival_date_time",
                        "the arrival at A&E (" + arrival + ") is before the assault (" + assault
                                + "); expected an arrival at or after the assault");
            }
            var method = category(line, columns, "assault_method", METHODS, n, problems);
            var location = category(line, columns, "assault_location_type", LOCATIONS, n, problems);
            var lsoa = cell(line, columns, "lsoa_code").toUpperCase(Locale.ROOT);
            if (!lsoa.isEmpty()) {
                var problem = lsoaChecked.computeIfAbsent(
                        lsoa,
                        code -> areas.find(code)
                                        .filter(a -> a.kind() == org.saferplan.areas.AreaKind.LSOA)
                                        .isPresent()
                                ? ""
                                : "found " + Problems.quoted(code)
                                        + "; expected the GSS code of an LSOA such as E01015272");
                if (!problem.isEmpty()) {
                    problems.cell(n, "lsoa_code", problem);
                }
            }
            Double latitude = coordinate(line, columns, "latitude", 49.8, 60.9, n, problems);
            Double longitude = coordinate(line, columns, "longitude", -8.7, 1.8, n, problems);
            if ((latitude == null) != (longitude == null)) {
                problems.row(n, "expected both latitude and longitude, or neither");
            }
            rows.add(new Row(
                    n,
                    assault,
                    method,
                    location,
                    fold(cell(line, columns, "assault_location_description")),
                    lsoa,
                    latitude,
                    longitude));
        }
        problems.throwIfAny();
        return aggregate(area, rows);
    }

    private Staged aggregate(String area, List<Row> rows) {
        var month = PeriodType.MONTH;
        var counts = new LinkedHashMap<List<Object>, Long>();
        var named = new HashMap<String, Long>();
        rows.stream()
                .filter(r -> !r.location().equals(HOME) && !r.description().isEmpty())
                .forEach(r -> named.merge(r.description(), 1L, Long::sum));
        LsoaLocator.Shapes shapes = null;
        int placed = 0;
        int outside = 0;
        for (var row : rows) {
            var period = month.containing(row.assault().toLocalDate());
            count(counts, area, period, "", "");
            count(counts, area, period, LOCATION, row.location());
            count(counts, area, period, METHOD, row.method());
            count(counts, area, period, CROSSED, row.location() + " · " + row.method());
            count(counts, area, period, DAY, row.assault().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK));
            count(
                    counts,
                    area,
                    period,
                    HOUR,
                    String.format(
                            Locale.ROOT,
                            "%02d:00 to %02d:59",
                            row.assault().getHour(),
                            row.assault().getHour()));
            if (!row.description().isEmpty() && !row.location().equals(HOME)) {
                count(
                        counts,
                        area,
                        period,
                        NAMED,
                        named.get(row.description()) >= NAMED_LOCATION_MIN
                                ? row.description()
                                : "Other named places (fewer than " + NAMED_LOCATION_MIN + " each)");
            }
            var lsoa = row.lsoa();
            if (lsoa.isEmpty() && row.latitude() != null) {
                if (shapes == null) {
                    shapes = locator.shapesOf(area);
                }
                lsoa = shapes.lsoaAt(row.longitude(), row.latitude()).orElse("");
                if (lsoa.isEmpty()) {
                    outside++;
                }
            }
            if (!lsoa.isEmpty()) {
                placed++;
                count(counts, lsoa, period, "", "");
            }
        }
        var values = new ArrayList<Staged.Value>();
        counts.forEach((key, n) -> values.add(Staged.Value.of(
                (String) key.get(0), (EvidencePeriod) key.get(1), (String) key.get(2), (String) key.get(3), n)));
        var notes = new ArrayList<String>();
        notes.add("Counted " + rows.size() + " assault records; " + placed + " placed in an LSOA (given, or from"
                + " coordinates); no record about a patient was kept.");
        if (outside > 0) {
            notes.add(outside + " records had coordinates outside every LSOA of " + area
                    + " whose boundary SaferPlan holds; they count for the area only.");
        }
        return new Staged(values, notes);
    }

    private static void count(
            Map<List<Object>, Long> counts, String area, EvidencePeriod period, String dimension, String category) {
        counts.merge(List.of(area, period, dimension, category), 1L, Long::sum);
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
                        IndicatorImporter.columnLetter(i),
                        "found the column "
                                + Problems.quoted(header.cell(i))
                                + ", which is not in the ISB 1594 minimum data set; expected"
                                + " only " + String.join(", ", REQUIRED) + ", " + String.join(", ", OPTIONAL)
                                + ". Remove anything about the patient and upload again");
            } else {
                columns.putIfAbsent(name, i);
            }
        }
        for (var name : REQUIRED) {
            if (!columns.containsKey(name)) {
                problems.row(
                        header.number(),
                        "the header has no " + name + " column; expected " + String.join(", ", REQUIRED) + " at least");
            }
        }
        return columns;
    }

    private static String cell(Table.Line line, Map<String, Integer> columns, String column) {
        var index = columns.get(column);
        return index == null ? "" : line.cell(index);
    }

    private static LocalDateTime dateTime(
            Table.Line line, Map<String, Integer> columns, String column, int n, Problems problems, boolean required) {
        var text = cell(line, columns, column);
        if (text.isEmpty() && !required) {
            return null;
        }
        for (var format : DATE_TIMES) {
            try {
                return LocalDateTime.parse(text, format);
            } catch (DateTimeParseException e) {
                // try the next accepted form
            }
        }
        problems.cell(
                n,
                column,
                "found " + Problems.quoted(text) + "; expected a date and time written like"
                        + " 2023-04-01 23:15 or 01/04/2023 23:15");
        return null;
    }

    private static String category(
            Table.Line line,
            Map<String, Integer> columns,
            String column,
            Map<String, List<String>> categories,
            int n,
            Problems problems) {
        var text = cell(line, columns, column).toLowerCase(Locale.ROOT);
        for (var entry : categories.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(text)) {
                return entry.getKey();
            }
        }
        if (!text.isEmpty()) {
            for (var entry : categories.entrySet()) {
                if (entry.getValue().stream().anyMatch(word -> (" " + fold(text) + " ").contains(" " + word + " "))) {
                    return entry.getKey();
                }
            }
        }
        problems.cell(
                n,
                column,
                "found " + Problems.quoted(cell(line, columns, column)) + "; expected one of: "
                        + String.join("; ", categories.keySet()));
        return "";
    }

    private static Double coordinate(
            Table.Line line,
            Map<String, Integer> columns,
            String column,
            double min,
            double max,
            int n,
            Problems problems) {
        var text = cell(line, columns, column);
        if (text.isEmpty()) {
            return null;
        }
        var number = Numbers.parse(text);
        if (number == null || number.doubleValue() < min || number.doubleValue() > max) {
            problems.cell(
                    n,
                    column,
                    "found " + Problems.quoted(text) + "; expected a " + column + " in Great Britain"
                            + " (WGS84 degrees between " + min + " and " + max + ")");
            return null;
        }
        return number.doubleValue();
    }

    /** A location description folded to a category: lower case, single spaces, no surrounding punctuation. */
    static String fold(String text) {
        return text.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}&' ]+", " ")
                .replaceAll("\\s+", " ")
                .strip();
    }

    private static Map<String, List<String>> ordered(Object... pairs) {
        var map = new LinkedHashMap<String, List<String>>();
        for (int i = 0; i < pairs.length; i += 2) {
            @SuppressWarnings("unchecked")
            var words = (List<String>) pairs[i + 1];
            map.put((String) pairs[i], words);
        }
        return map;
    }
}
