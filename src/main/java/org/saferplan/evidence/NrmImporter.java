package org.saferplan.evidence;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * National Referral Mechanism referrals by first responder type (methods.md §10), in long form: a header row
 * {@code period,area_code,first_responder_type,referrals}, one row per period, area and type. Types are the four the
 * Home Office publishes (Police, Local authority, Government agency, NGO) and Other or unknown; common organisation
 * names are accepted for them (UK Visas and Immigration is a government agency, the Salvation Army an NGO). A count
 * suppressed in the published table ({@code *}, {@code [c]}, {@code [x]}) is not stored.
 *
 * <p>The headline series is the share of referrals from first responders other than the police: value = non-police
 * / total × 100, numerator = total − Police, denominator = total, for each area and period with no suppressed count
 * (else the share is left missing, because it cannot be computed exactly). Duty to Notify forms are not referrals and
 * do not belong in this file.
 */
@Component
class NrmImporter implements Importer {

    static final List<String> COLUMNS = List.of("period", "area_code", "first_responder_type", "referrals");
    static final String DIMENSION = "First responder type";
    static final String POLICE = "Police";

    static final Map<String, List<String>> TYPES = new LinkedHashMap<>();

    static {
        TYPES.put(POLICE, List.of("police", "police force", "british transport police"));
        TYPES.put("Local authority", List.of("local authority", "la", "council", "local authorities"));
        TYPES.put(
                "Government agency",
                List.of(
                        "government agency",
                        "government agencies",
                        "uk visas and immigration",
                        "ukvi",
                        "home office",
                        "immigration enforcement",
                        "border force",
                        "gangmasters and labour abuse" + " authority",
                        "glaa",
                        "national crime agency",
                        "nca"));
        TYPES.put(
                "NGO",
                List.of(
                        "ngo",
                        "ngos",
                        "third sector",
                        "charity",
                        "salvation army",
                        "migrant help",
                        "barnardo's",
                        "barnardos",
                        "kalayaan",
                        "unseen",
                        "medaille trust",
                        "nspcc"));
        TYPES.put("Other or unknown", List.of("other", "unknown", "not known", "other or unknown"));
    }

    private final AreaCheck areas;

    NrmImporter(AreaCheck areas) {
        this.areas = areas;
    }

    @Override
    public DatasetKind kind() {
        return DatasetKind.NRM_REFERRALS;
    }

    private record Key(String area, EvidencePeriod period) {}

    @Override
    public Staged read(UploadedFile file, ImportSettings settings) {
        var table = Table.read(file);
        var problems = new Problems(file.name());
        var lines = table.lines().stream().filter(line -> !line.blank()).toList();
        if (lines.size() < 2) {
            problems.file("has no referral rows; expected a header row period,area_code,first_responder_type,"
                    + "referrals and one row per period, area and type");
            problems.throwIfAny();
        }
        var header = lines.get(0);
        var columns = new HashMap<String, Integer>();
        for (int i = 0; i < header.cells().size(); i++) {
            var name = header.cell(i).toLowerCase(Locale.ROOT).replace(' ', '_');
            if (COLUMNS.contains(name)) {
                columns.putIfAbsent(name, i);
            } else if (!name.isEmpty()) {
                problems.cell(
                        header.number(),
                        IndicatorImporter.columnLetter(i),
                        "found the column " + Problems.quoted(header.cell(i)) + "; expected only "
                                + String.join(", ", COLUMNS));
            }
        }
        COLUMNS.stream()
                .filter(c -> !columns.containsKey(c))
                .forEach(c -> problems.row(
                        header.number(), "the header has no " + c + " column; expected " + String.join(",", COLUMNS)));
        problems.throwIfAny();
        var type = settings.periodType();
        java.util.Comparator<Key> order = (a, b) -> a.period().equals(b.period())
                ? a.area().compareTo(b.area())
                : a.period().compareTo(b.period());
        var counts = new TreeMap<Key, Map<String, Long>>(order);
        var suppressed = new HashMap<Key, List<String>>();
        var seen = new HashMap<String, Integer>();
        var known = new HashMap<String, String>();
        for (var line : lines.subList(1, lines.size())) {
            int n = line.number();
            var periodText = line.cell(columns.get("period"));
            var period = type.parse(periodText);
            if (period == null) {
                problems.cell(n, "period", "found " + Problems.quoted(periodText) + "; expected " + type.expected());
            }
            var area = line.cell(columns.get("area_code")).toUpperCase(Locale.ROOT);
            var areaProblem =
                    known.computeIfAbsent(area, c -> java.util.Objects.requireNonNullElse(areas.problem(c), ""));
            if (!areaProblem.isEmpty()) {
                problems.cell(n, "area_code", areaProblem);
            }
            var responder = responder(line.cell(columns.get("first_responder_type")));
            if (responder == null) {
                problems.cell(
                        n,
                        "first_responder_type",
                        "found "
                                + Problems.quoted(line.cell(columns.get("first_responder_type"))) + "; expected one of "
                                + String.join(", ", TYPES.keySet()));
            }
            var text = line.cell(columns.get("referrals"));
            boolean hidden = List.of("*", "[c]", "[x]", "c").contains(text.toLowerCase(Locale.ROOT));
            var number = Numbers.parse(text);
            if (!hidden
                    && (number == null
                            || number.signum() < 0
                            || number.stripTrailingZeros().scale() > 0)) {
                problems.cell(
                        n,
                        "referrals",
                        "found " + Problems.quoted(text) + "; expected a whole number of 0 or"
                                + " more, or * where the published table suppressed it");
            }
            if (period == null || !areaProblem.isEmpty() || responder == null) {
                continue;
            }
            var first = seen.putIfAbsent(period.text() + " " + area + " " + responder, n);
            if (first != null) {
                problems.row(
                        n,
                        responder + " referrals for " + area + " in " + period.text() + " are already on row " + first
                                + "; expected each period, area and type once");
                continue;
            }
            var key = new Key(area, period);
            if (hidden) {
                suppressed.computeIfAbsent(key, k -> new ArrayList<>()).add(responder);
            } else if (number != null) {
                counts.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(responder, number.longValue());
            }
        }
        problems.throwIfAny();
        var values = new ArrayList<Staged.Value>();
        var notes = new ArrayList<String>();
        var keys = new java.util.TreeSet<Key>(order);
        keys.addAll(counts.keySet());
        keys.addAll(suppressed.keySet());
        for (var key : keys) {
            var byType = counts.getOrDefault(key, Map.of());
            byType.forEach(
                    (responder, n) -> values.add(Staged.Value.of(key.area(), key.period(), DIMENSION, responder, n)));
            if (suppressed.containsKey(key)) {
                notes.add("No share for " + key.area() + " in " + key.period().text() + ": the count for "
                        + String.join(", ", suppressed.get(key)) + " is suppressed in the source.");
                continue;
            }
            long total = byType.values().stream().mapToLong(Long::longValue).sum();
            if (total == 0) {
                notes.add("No share for " + key.area() + " in " + key.period().text() + ": no referrals.");
                continue;
            }
            long nonPolice = total - byType.getOrDefault(POLICE, 0L);
            var share = BigDecimal.valueOf(nonPolice * 100).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
            values.add(new Staged.Value(
                    key.area(), key.period(), "", "", share, BigDecimal.valueOf(nonPolice), BigDecimal.valueOf(total)));
        }
        return new Staged(values, notes);
    }

    static String responder(String text) {
        var folded = AssaultImporter.fold(text);
        for (var entry : TYPES.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(folded) || entry.getValue().contains(folded)) {
                return entry.getKey();
            }
        }
        return null;
    }
}
