package org.saferplan.crime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.saferplan.crime.web.AreaAnalysisPage;
import org.saferplan.crime.web.CrimeOutcomesPage;
import org.saferplan.crime.web.CrimeSubPage;
import org.saferplan.statistics.WilsonInterval;
import org.saferplan.web.Option;

/** Words, draws and downloads {@link CrimeOutcomes.Outcomes}: the outcomes page, its CSV and its JSON. */
final class CrimeOutcomesPages {

    static final String ALL = "all";
    static final String DEFAULT_TYPE = "Violence and sexual offences";
    static final String ALL_LABEL = "All crime (excluding anti-social behaviour)";
    static final String PUBLICATION = "police.uk outcomes are the latest outcome known when each file was"
            + " published: an outcome reached later appears only in a later release or outcomes file. Recent"
            + " months are immature: many of their crimes are still under investigation, so their positive outcome"
            + " rate will rise. Compare periods of the same age, not a recent month with an old one.";
    static final String SEXUAL_OFFENCES = "police.uk does not publish sexual offences apart: they are counted"
            + " within \"Violence and sexual offences\", so a measure of sexual offences can only be followed on"
            + " that combined type from police.uk data.";
    static final String CSV_HEADER = "area_code,from,to,crime_type,crimes,positive,positive_rate,rate_low_95,"
            + "rate_high_95,pending,charged_or_summonsed,out_of_court,no_suspect,not_proceeded,other_organisation";
    private static final String[] GROUP_CLASSES = {
        "app-map__class-5",
        "app-map__class-4",
        "app-map__class-3",
        "app-map__class-2",
        "app-map__class-1",
        "app-chart__bar--missing"
    };
    private static final int WIDTH = 640;
    private static final int LABEL_WIDTH = 190;
    private static final int BAR_RIGHT = 630;
    private static final int ROW = 22;

    private CrimeOutcomesPages() {}

    /** The chosen crime type: a police.uk type, or null for all crime. */
    static String type(String value, List<String> types) {
        if (value == null || value.isBlank()) {
            return DEFAULT_TYPE;
        }
        if (value.equals(ALL)) {
            return null;
        }
        return types.stream()
                .filter(t -> t.equalsIgnoreCase(value.strip()))
                .findFirst()
                .orElseThrow(() -> new org.saferplan.web.InvalidInputException(
                        "type", "Choose a police.uk crime type from the list"));
    }

    static List<Option> typeOptions(List<String> types) {
        var options = new ArrayList<Option>();
        options.add(new Option(ALL, ALL_LABEL));
        types.forEach(t -> options.add(new Option(t, t)));
        return options;
    }

    static CrimeOutcomesPage empty(CrimeSubPage frame, String typeValue, List<String> types) {
        return new CrimeOutcomesPage(
                frame,
                typeValue,
                "",
                typeOptions(types),
                List.of(),
                OutcomeGroup.definition(),
                List.of(),
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }

    static CrimeOutcomesPage of(CrimeSubPage frame, CrimeOutcomes.Outcomes o, String type) {
        var label = type == null ? ALL_LABEL : type;
        var sentences = new ArrayList<String>();
        var tally = o.tally(type);
        var period = period(o);
        if (tally.crimes() == 0) {
            sentences.add(period + ", no crimes of this type were recorded in "
                    + o.crime().area().name() + ".");
        } else {
            var interval = tally.interval().orElseThrow();
            sentences.add(String.format(
                    Locale.UK,
                    "%s, %s of %s crimes (%s) recorded in %s have a positive outcome:"
                            + " %s (95%% confidence interval %s to %s). %s are still pending.",
                    period,
                    count(tally.positive()),
                    count(tally.crimes()),
                    lower(label),
                    o.crime().area().name(),
                    percent(interval.proportion()),
                    percent(interval.lower()),
                    percent(interval.upper()),
                    percent((double) tally.pending() / tally.crimes())));
        }
        var warnings = new ArrayList<String>();
        warnings.add(PUBLICATION);
        long immature = o.months().stream().filter(o::immature).count();
        if (immature > 0) {
            warnings.add(String.format(
                    Locale.UK,
                    "%d of the months shown %s among the latest %d months of police"
                            + " data (to %s): their outcomes are immature.",
                    immature,
                    immature == 1 ? "is" : "are",
                    CrimeOutcomes.IMMATURE_MONTHS,
                    AreaAnalysisPages.monthWords(o.latestMonth())));
        }
        var rows = new ArrayList<CrimeOutcomesPage.TypeRow>();
        var bars = new ArrayList<CrimeOutcomesPage.StackedBar>();
        var all = new ArrayList<String>(o.types());
        all.add(null);
        for (var t : all) {
            var rowTally = o.tally(t);
            var rowLabel = t == null ? ALL_LABEL : t;
            rows.add(typeRow(rowLabel, rowTally, t == null));
            bars.add(bar(rowLabel, bars.size(), o.groups(t), rowTally.crimes()));
        }
        var legend = new ArrayList<AreaAnalysisPage.LegendItem>();
        int legendTop = 12 + all.size() * ROW + 8;
        for (var group : OutcomeGroup.values()) {
            legend.add(new AreaAnalysisPage.LegendItem(
                    GROUP_CLASSES[group.ordinal()],
                    group.label() + (group.positive() ? " (positive)" : ""),
                    legendTop + group.ordinal() * 20));
        }
        int height = legendTop + OutcomeGroup.values().length * 20 + 8;
        var chart = new AreaAnalysisPage.Chart(
                WIDTH,
                height,
                "Outcome mix by crime type, " + period.toLowerCase(Locale.UK),
                "Stacked bars, one per crime type, each split into the share of its crimes in each"
                        + " outcome group; the two darkest segments on the left are positive outcomes. The table beside"
                        + " gives the positive outcome rate of each type with its 95% confidence interval.");
        var categories = new ArrayList<CrimeOutcomesPage.CategoryRow>();
        var byCategory = o.categories(type);
        for (var group : OutcomeGroup.values()) {
            var names = new ArrayList<>(group.categories());
            if (group == OutcomeGroup.PENDING) {
                names.add(OutcomeGroup.NO_OUTCOME);
            }
            for (var name : names) {
                long n = byCategory.getOrDefault(name, 0L);
                if (n > 0) {
                    categories.add(new CrimeOutcomesPage.CategoryRow(
                            name, group.label(), count(n), percent((double) n / tally.crimes())));
                }
            }
        }
        var months = new ArrayList<CrimeOutcomesPage.MonthRow>();
        for (var month : o.months()) {
            if (o.missingMonths().contains(month)) {
                months.add(new CrimeOutcomesPage.MonthRow(
                        AreaAnalysisPages.monthWords(month),
                        "Missing",
                        "–",
                        "–",
                        "–",
                        "–",
                        "Missing from the police data"));
                continue;
            }
            var m = o.tally(month, type);
            var interval = m.interval();
            months.add(new CrimeOutcomesPage.MonthRow(
                    AreaAnalysisPages.monthWords(month),
                    count(m.crimes()),
                    count(m.positive()),
                    interval.map(i -> percent(i.proportion())).orElse("–"),
                    interval.map(CrimeOutcomesPages::range).orElse("–"),
                    m.crimes() == 0 ? "–" : percent((double) m.pending() / m.crimes()),
                    o.immature(month) ? "Recent: outcomes immature" : ""));
        }
        var notes = new ArrayList<String>();
        notes.add(SEXUAL_OFFENCES);
        if (o.outcomeFiles() == 0) {
            notes.add("No police.uk outcomes files are imported for these forces from the start of the period, so"
                    + " every outcome is the street files' \"Last outcome category\".");
        } else {
            notes.add(String.format(
                    Locale.UK,
                    "%s outcomes files are imported for these forces from the start of"
                            + " the period; they replaced the pending street outcome of %s crimes with a later one"
                            + " (SaferPlan's rule: an outcomes file only replaces a pending outcome).",
                    count(o.outcomeFiles()),
                    count(o.updatedFromOutcomesFiles())));
        }
        if (!o.missingMonths().isEmpty()) {
            notes.add("Months missing from the police data are left out: "
                    + String.join(
                            ", ",
                            o.missingMonths().stream()
                                    .map(AreaAnalysisPages::monthWords)
                                    .toList()) + ".");
        }
        notes.add("Intervals are Wilson score 95% confidence intervals of the proportion. Crimes are those whose"
                + " anonymised point lies in the area; crimes police.uk could not locate are not in any area.");
        return new CrimeOutcomesPage(
                frame,
                type == null ? ALL : type,
                label,
                typeOptions(o.types()),
                sentences,
                OutcomeGroup.definition(),
                warnings,
                chart,
                bars,
                legend,
                rows,
                categories,
                months,
                notes);
    }

    private static CrimeOutcomesPage.TypeRow typeRow(String label, CrimeOutcomes.Tally tally, boolean total) {
        var interval = tally.interval();
        return new CrimeOutcomesPage.TypeRow(
                label,
                count(tally.crimes()),
                count(tally.positive()),
                interval.map(i -> percent(i.proportion())).orElse("–"),
                interval.map(CrimeOutcomesPages::range).orElse("–"),
                tally.crimes() == 0 ? "–" : percent((double) tally.pending() / tally.crimes()),
                total);
    }

    private static CrimeOutcomesPage.StackedBar bar(
            String label, int index, Map<OutcomeGroup, Long> groups, long crimes) {
        var segments = new ArrayList<CrimeOutcomesPage.Segment>();
        double x = LABEL_WIDTH;
        double span = BAR_RIGHT - LABEL_WIDTH;
        if (crimes > 0) {
            for (var entry : groups.entrySet()) {
                double width = span * entry.getValue() / crimes;
                if (entry.getValue() > 0) {
                    segments.add(new CrimeOutcomesPage.Segment(
                            GROUP_CLASSES[entry.getKey().ordinal()],
                            x,
                            width,
                            label + ": " + entry.getKey().label() + ", " + count(entry.getValue()) + " ("
                                    + percent((double) entry.getValue() / crimes) + ")"));
                }
                x += width;
            }
        }
        return new CrimeOutcomesPage.StackedBar(label, 12 + index * ROW, ROW - 6, segments);
    }

    private static String period(CrimeOutcomes.Outcomes o) {
        var crime = o.crime();
        return crime.from().equals(crime.to())
                ? "In " + AreaAnalysisPages.monthWords(crime.from())
                : "From " + AreaAnalysisPages.monthWords(crime.from()) + " to "
                        + AreaAnalysisPages.monthWords(crime.to());
    }

    static String percent(double share) {
        return String.format(Locale.UK, "%.1f%%", share * 100);
    }

    private static String range(WilsonInterval.Proportion interval) {
        return percent(interval.lower()) + " to " + percent(interval.upper());
    }

    private static String count(long n) {
        return AreaAnalysisPages.count(n);
    }

    private static String lower(String words) {
        return words.isEmpty() ? words : Character.toLowerCase(words.charAt(0)) + words.substring(1);
    }

    static String csv(CrimeOutcomes.Outcomes o) {
        var csv = new StringBuilder(CSV_HEADER).append("\r\n");
        var all = new ArrayList<String>(o.types());
        all.add(null);
        for (var type : all) {
            var tally = o.tally(type);
            var interval = tally.interval();
            csv.append(o.crime().area().code())
                    .append(',')
                    .append(o.crime().from())
                    .append(',')
                    .append(o.crime().to())
                    .append(',')
                    .append(AreaCrimeCsvController.quote(type == null ? ALL_LABEL : type))
                    .append(',')
                    .append(tally.crimes())
                    .append(',')
                    .append(tally.positive())
                    .append(',')
                    .append(interval.map(i -> number(i.proportion())).orElse(""))
                    .append(',')
                    .append(interval.map(i -> number(i.lower())).orElse(""))
                    .append(',')
                    .append(interval.map(i -> number(i.upper())).orElse(""))
                    .append(',')
                    .append(tally.pending());
            var groups = o.groups(type);
            for (var group : OutcomeGroup.values()) {
                if (group != OutcomeGroup.PENDING) {
                    csv.append(',').append(groups.get(group));
                }
            }
            csv.append("\r\n");
        }
        return csv.toString();
    }

    static Map<String, Object> json(CrimeOutcomes.Outcomes o, String type) {
        var body = new LinkedHashMap<String, Object>();
        body.put("area", area(o.crime()));
        body.put("from", o.crime().from().toString());
        body.put("to", o.crime().to().toString());
        body.put("definition", OutcomeGroup.definition());
        var groups = new ArrayList<Map<String, Object>>();
        for (var group : OutcomeGroup.values()) {
            groups.add(Map.of(
                    "group",
                    group.name(),
                    "label",
                    group.label(),
                    "positive",
                    group.positive(),
                    "categories",
                    group.categories()));
        }
        body.put("groups", groups);
        body.put("caveat", PUBLICATION + " " + SEXUAL_OFFENCES);
        body.put("latestMonth", o.latestMonth().toString());
        body.put(
                "missingMonths",
                o.missingMonths().stream().map(Object::toString).toList());
        body.put("outcomeFiles", o.outcomeFiles());
        body.put("updatedFromOutcomesFiles", o.updatedFromOutcomesFiles());
        var types = new ArrayList<Map<String, Object>>();
        for (var t : o.types()) {
            types.add(typeJson(o, t));
        }
        body.put("types", types);
        body.put("total", typeJson(o, null));
        var months = new ArrayList<Map<String, Object>>();
        for (var month : o.months()) {
            var entry = new LinkedHashMap<String, Object>();
            entry.put("month", month.toString());
            boolean missing = o.missingMonths().contains(month);
            var tally = o.tally(month, type);
            var interval = missing ? java.util.Optional.<WilsonInterval.Proportion>empty() : tally.interval();
            entry.put("crimes", missing ? null : tally.crimes());
            entry.put("positive", missing ? null : tally.positive());
            entry.put("pending", missing ? null : tally.pending());
            entry.put(
                    "rate", interval.map(WilsonInterval.Proportion::proportion).orElse(null));
            entry.put("rateLow", interval.map(WilsonInterval.Proportion::lower).orElse(null));
            entry.put("rateHigh", interval.map(WilsonInterval.Proportion::upper).orElse(null));
            entry.put("immature", o.immature(month));
            months.add(entry);
        }
        body.put("monthsType", type);
        body.put("months", months);
        body.put("source", "police.uk street-level crime and outcomes, Open Government Licence v3.0");
        return body;
    }

    private static Map<String, Object> typeJson(CrimeOutcomes.Outcomes o, String type) {
        var tally = o.tally(type);
        var interval = tally.interval();
        var entry = new LinkedHashMap<String, Object>();
        entry.put("type", type);
        entry.put("crimes", tally.crimes());
        entry.put("positive", tally.positive());
        entry.put("pending", tally.pending());
        entry.put("rate", interval.map(WilsonInterval.Proportion::proportion).orElse(null));
        entry.put("rateLow", interval.map(WilsonInterval.Proportion::lower).orElse(null));
        entry.put("rateHigh", interval.map(WilsonInterval.Proportion::upper).orElse(null));
        var groups = new LinkedHashMap<String, Object>();
        o.groups(type).forEach((group, n) -> groups.put(group.name(), n));
        entry.put("groups", groups);
        entry.put("categories", o.categories(type));
        return entry;
    }

    static Map<String, Object> area(AreaCrime crime) {
        var area = new LinkedHashMap<String, Object>();
        area.put("code", crime.area().code());
        area.put("name", crime.area().name());
        area.put("kind", crime.area().kind().name());
        area.put(
                "population",
                crime.population() == null ? null : crime.population().population());
        return area;
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }
}
