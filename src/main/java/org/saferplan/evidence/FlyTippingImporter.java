package org.saferplan.evidence;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.saferplan.areas.Area;
import org.saferplan.areas.AreaKind;
import org.springframework.stereotype.Component;

/**
 * Defra's "Fly-tipping incidents (or actions) reported by local authorities in England" tables as published: title
 * rows, a row of column groups (Land type, Waste type, ...), then the header {@code Year,ONS Code,LA Name,Region,
 * Total Incidents,...} (or {@code Total Actions}), one row per authority and financial year. The headline series is
 * the total; every other count column becomes a breakdown named by its group (cost columns, in £, are left out).
 *
 * <p>Authorities are matched to ONS geography by code, else by name; a district abolished since (Purbeck,
 * Christchurch, ...) is found through the LSOA names of 2011 and its figures are added into its successor's
 * (SaferPlan's method: a successor's year is left missing when any of its predecessors reported no figure, shown
 * {@code :} by Defra, so no total is understated). Authorities matched neither way are listed in the notes and left
 * out. England and region total rows ({@code *Total}) are skipped.
 */
@Component
class FlyTippingImporter implements Importer {

    private final AreaCheck areas;

    FlyTippingImporter(AreaCheck areas) {
        this.areas = areas;
    }

    @Override
    public DatasetKind kind() {
        return DatasetKind.FLY_TIPPING;
    }

    /** One authority as the file names it. */
    private record Authority(String code, String name) {}

    /** A cell of the successor series: the sum so far and the predecessors that had no figure. */
    private static final class Sum {
        BigDecimal total = BigDecimal.ZERO;
        final Set<String> missing = new LinkedHashSet<>();
    }

    private record Key(String area, EvidencePeriod period, String dimension, String category) {}

    @Override
    public Staged read(UploadedFile file, ImportSettings settings) {
        var table = Table.read(file);
        var problems = new Problems(file.name());
        int headerAt = -1;
        for (int i = 0; i < table.lines().size(); i++) {
            var line = table.lines().get(i);
            if (line.cell(0).equalsIgnoreCase("Year") && line.cell(1).equalsIgnoreCase("ONS Code")) {
                headerAt = i;
                break;
            }
        }
        if (headerAt < 0) {
            problems.file("no header row found; expected Defra's layout, with a row starting Year,ONS Code,LA Name,"
                    + "Region,Total Incidents (or Total Actions) below the title rows");
            problems.throwIfAny();
        }
        var header = table.lines().get(headerAt);
        int totalColumn = -1;
        for (int c = 0; c < header.cells().size(); c++) {
            if (header.cell(c).equalsIgnoreCase("Total Incidents")
                    || header.cell(c).equalsIgnoreCase("Total Actions")) {
                totalColumn = c;
                break;
            }
        }
        if (totalColumn < 0 || !header.cell(2).equalsIgnoreCase("LA Name")) {
            problems.row(
                    header.number(),
                    "expected the columns Year, ONS Code, LA Name, Region and then Total"
                            + " Incidents or Total Actions");
            problems.throwIfAny();
        }
        var breakdowns = breakdowns(headerAt > 0 ? table.lines().get(headerAt - 1) : null, header, totalColumn);
        var periodType = PeriodType.FINANCIAL_YEAR;
        var rows = new LinkedHashMap<Authority, Map<EvidencePeriod, Table.Line>>();
        int totalsSkipped = 0;
        for (var line : table.lines().subList(headerAt + 1, table.lines().size())) {
            if (line.blank()) {
                continue;
            }
            if (line.cell(1).startsWith("*")) {
                totalsSkipped++;
                continue;
            }
            var period = periodType.parse(line.cell(0));
            if (period == null) {
                problems.cell(
                        line.number(),
                        "Year",
                        "found " + Problems.quoted(line.cell(0)) + "; expected a financial year written like 2017-18");
                continue;
            }
            var authority = new Authority(line.cell(1).toUpperCase(java.util.Locale.ROOT), line.cell(2));
            var first = rows.computeIfAbsent(authority, a -> new TreeMap<>()).putIfAbsent(period, line);
            if (first != null) {
                problems.row(
                        line.number(),
                        authority.name() + " (" + authority.code() + ") " + period.text() + " is already on row "
                                + first.number() + "; expected each authority and year once");
            }
            checkNumber(line, totalColumn, header, problems);
            breakdowns.keySet().forEach(c -> checkNumber(line, c, header, problems));
        }
        if (rows.isEmpty()) {
            problems.file("has a header but no authority rows");
        }
        problems.throwIfAny();

        var notes = new ArrayList<String>();
        var sums = new LinkedHashMap<Key, Sum>();
        var successors = new TreeMap<String, List<String>>();
        var unmatched = new ArrayList<String>();
        for (var entry : rows.entrySet()) {
            var authority = entry.getKey();
            var target = target(authority);
            if (target == null) {
                unmatched.add(authority.name() + " (" + authority.code() + ")");
                continue;
            }
            if (!target.code().equals(authority.code())) {
                successors
                        .computeIfAbsent(target.name() + " (" + target.code() + ")", k -> new ArrayList<>())
                        .add(authority.name() + " (" + authority.code() + ")");
            }
            for (var row : entry.getValue().entrySet()) {
                add(
                        sums,
                        new Key(target.code(), row.getKey(), "", ""),
                        row.getValue().cell(totalColumn),
                        authority.name());
                for (var b : breakdowns.entrySet()) {
                    add(
                            sums,
                            new Key(target.code(), row.getKey(), b.getValue()[0], b.getValue()[1]),
                            row.getValue().cell(b.getKey()),
                            authority.name());
                }
            }
        }
        successors.forEach(
                (target, parts) -> notes.add("Added up into " + target + ": " + String.join(", ", parts) + "."));
        var values = new ArrayList<Staged.Value>();
        int missing = 0;
        for (var entry : sums.entrySet()) {
            var key = entry.getKey();
            var sum = entry.getValue();
            if (!sum.missing.isEmpty()) {
                if (key.dimension().isEmpty()) {
                    missing++;
                    notes.add("No total for " + key.area() + " in "
                            + key.period().text() + ": no figure from " + String.join(", ", sum.missing) + ".");
                }
                continue;
            }
            values.add(
                    new Staged.Value(key.area(), key.period(), key.dimension(), key.category(), sum.total, null, null));
        }
        if (!unmatched.isEmpty()) {
            notes.add(
                    0,
                    "Not imported, because SaferPlan's ONS geography knows neither the code nor the name ("
                            + unmatched.size() + "): " + String.join(", ", unmatched)
                            + ". Load the national ONS LSOA lookups under Administration > Geography to match abolished"
                            + " districts to their successors.");
        }
        notes.add(
                0,
                "Read " + rows.values().stream().mapToInt(Map::size).sum() + " authority rows of "
                        + rows.size() + " authorities; skipped " + totalsSkipped + " England and region total rows; "
                        + missing + " area-years have no total (Defra shows no figure).");
        if (values.stream().noneMatch(v -> v.dimension().isEmpty())) {
            var none = new Problems(file.name());
            none.file("no authority in it is known to SaferPlan's ONS geography, so there is nothing to store");
            none.throwIfAny();
        }
        return new Staged(
                values,
                notes,
                header.cell(totalColumn).equalsIgnoreCase("Total Incidents")
                        ? "fly-tipping incidents"
                        : "fly-tipping enforcement actions");
    }

    private Area target(Authority authority) {
        var byCode = areas.find(authority.code()).filter(a -> a.kind() == AreaKind.LOCAL_AUTHORITY);
        if (byCode.isPresent()) {
            return byCode.get();
        }
        var byName = areas.authoritiesNamed(authority.name());
        return byName.size() == 1 ? byName.get(0) : null;
    }

    private static void add(Map<Key, Sum> sums, Key key, String text, String from) {
        var sum = sums.computeIfAbsent(key, k -> new Sum());
        var number = Numbers.parse(text);
        if (number == null) {
            sum.missing.add(from);
        } else {
            sum.total = sum.total.add(number);
        }
    }

    /** A cell is a number, empty or ":" (Defra: no figure); anything else is a problem. */
    private static void checkNumber(Table.Line line, int column, Table.Line header, Problems problems) {
        var text = line.cell(column);
        if (!text.isEmpty() && !text.equals(":") && Numbers.parse(text) == null) {
            problems.cell(
                    line.number(),
                    header.cell(column),
                    "found " + Problems.quoted(text) + "; expected a number, or : for no figure");
        }
    }

    /** The count columns after the total: column index to {group, column name}. */
    private static Map<Integer, String[]> breakdowns(Table.Line groups, Table.Line header, int totalColumn) {
        var result = new LinkedHashMap<Integer, String[]>();
        var group = "";
        for (int c = 0; c < header.cells().size(); c++) {
            if (groups != null && !groups.cell(c).isEmpty()) {
                group = groups.cell(c);
            }
            var name = header.cell(c);
            if (c > totalColumn && !name.isEmpty() && !name.contains("(£)")) {
                result.put(c, new String[] {group, name});
            }
        }
        return result;
    }
}
