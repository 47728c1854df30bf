package org.saferplan.crime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.saferplan.crime.web.AreaAnalysisPage;
import org.saferplan.crime.web.CrimeHarmPage;
import org.saferplan.crime.web.CrimeSubPage;

/** Words, draws and downloads {@link CrimeHarm.Harm}: the harm page, its CSV and its JSON. */
final class CrimeHarmPages {

    static final String CSV_HEADER =
            "area_code,from,to,crime_type,crimes,count_share,weight_days,harm_days," + "harm_share,in_harm_total";
    static final String PROACTIVE_NOTE = "Not in the harm total: mostly found by police activity";
    static final String PROACTIVE_CAVEAT = "Drugs and possession of weapons are shown but not in the harm total:"
            + " the Crime Harm Index leaves out offences detected proactively by the police, and police.uk cannot"
            + " tell those apart, so SaferPlan leaves out the two types found mostly by police activity"
            + " (SaferPlan's application of the rule).";
    private static final int WIDTH = 640;
    private static final int LABEL_WIDTH = 190;
    private static final int BAR_RIGHT = 600;
    private static final int ROW = 30;

    private CrimeHarmPages() {}

    static CrimeHarmPage empty(CrimeSubPage frame) {
        return new CrimeHarmPage(frame, List.of(), null, List.of(), List.of(), null, List.of(), caveats());
    }

    static CrimeHarmPage of(CrimeSubPage frame, CrimeHarm.Harm harm, List<String> types) {
        var byType = harm.byType(types);
        long crimes = harm.crimes();
        double total = harm.total();
        var sentences = new ArrayList<String>();
        var crime = harm.crime();
        var period = crime.from().equals(crime.to())
                ? "In " + AreaAnalysisPages.monthWords(crime.from())
                : "From " + AreaAnalysisPages.monthWords(crime.from()) + " to "
                        + AreaAnalysisPages.monthWords(crime.to());
        sentences.add(String.format(
                Locale.UK,
                "%s, the %s crimes recorded in %s carry %s days of harm on the" + " Cambridge Crime Harm Index%s.",
                period,
                count(crimes),
                crime.area().name(),
                count(total),
                crime.population() == null
                        ? ""
                        : String.format(
                                Locale.UK,
                                ", %s days per 1,000 residents",
                                count(total / crime.population().population() * 1000))));
        var rows = new ArrayList<CrimeHarmPage.TypeRow>();
        var bars = new ArrayList<CrimeHarmPage.PairBar>();
        CrimeHarm.TypeHarm top = null;
        double largest = 0.01;
        for (var row : byType.values()) {
            largest = Math.max(largest, crimes == 0 ? 0 : (double) row.count() / crimes);
            largest = Math.max(largest, total == 0 || row.proactive() ? 0 : row.harm() / total);
        }
        for (var row : byType.values()) {
            double countShare = crimes == 0 ? 0 : (double) row.count() / crimes;
            double harmShare = total == 0 ? 0 : row.harm() / total;
            rows.add(new CrimeHarmPage.TypeRow(
                    row.type(),
                    count(row.count()),
                    percent(countShare),
                    row.weight() == null ? "–" : decimal(row.weight()),
                    row.proactive() ? "–" : count(row.harm()),
                    row.proactive() ? "–" : percent(harmShare),
                    row.proactive() ? PROACTIVE_NOTE : ""));
            int i = bars.size();
            double y = 12 + i * ROW;
            double span = (BAR_RIGHT - LABEL_WIDTH) / largest;
            bars.add(new CrimeHarmPage.PairBar(
                    row.type(),
                    y + 14,
                    y,
                    span * countShare,
                    row.type() + ": " + percent(countShare) + " of crimes",
                    y + 12,
                    row.proactive() ? 0 : span * harmShare,
                    row.type() + ": " + (row.proactive() ? "not in the harm total" : percent(harmShare) + " of harm"),
                    11));
            if (!row.proactive() && (top == null || row.harm() > top.harm())) {
                top = row;
            }
        }
        if (top != null && total > 0 && crimes > 0) {
            sentences.add(String.format(
                    Locale.UK,
                    "%s is %s of crimes but %s of harm.",
                    top.type(),
                    percent((double) top.count() / crimes),
                    percent(top.harm() / total)));
        }
        if (!harm.unweightedForces().isEmpty()) {
            sentences.add("SaferPlan has no Crime Harm Index weights for " + String.join(", ", harm.unweightedForces())
                    + ": their crimes are counted but not in the harm total.");
        }
        var totalRow = new CrimeHarmPage.TypeRow(
                "All crime (excluding anti-social behaviour)",
                count(crimes),
                crimes == 0 ? "–" : "100.0%",
                "–",
                count(total),
                total == 0 ? "–" : "100.0%",
                "");
        var forces = new ArrayList<CrimeHarmPage.ForceRow>();
        for (var force : harm.forces()) {
            long n = force.counts().values().stream().mapToLong(Long::longValue).sum();
            forces.add(new CrimeHarmPage.ForceRow(
                    force.name(),
                    count(n),
                    force.harm() == null
                            ? "0"
                            : count(force.harm().contributions().stream()
                                    .mapToLong(c -> c.count())
                                    .sum()),
                    force.harm() == null ? "–" : count(force.harm().total()),
                    force.harm() == null ? "No weights" : "Crime Harm Index weights of " + force.name()));
        }
        int height = 12 + bars.size() * ROW + 50;
        var chart = new AreaAnalysisPage.Chart(
                WIDTH,
                height,
                "Share of crimes and share of harm by crime type, " + period.toLowerCase(Locale.UK),
                "Paired bars, one pair per crime type: the upper bar is the"
                        + " type's share of crimes, the lower its share of harm-weighted crime; the longest bar is the"
                        + " largest share. The table gives the counts, weights and harm in days.");
        return new CrimeHarmPage(frame, sentences, chart, bars, rows, totalRow, forces, caveats());
    }

    static List<String> caveats() {
        return List.of(
                CrimeHarm.CAVEAT,
                PROACTIVE_CAVEAT,
                "Source: " + CrimeHarm.SOURCE,
                "Anti-social behaviour is not crime and"
                        + " carries no harm weight. Months missing from the police data are left out, as on the counts"
                        + " page; crimes police.uk could not locate are in no area.");
    }

    static String csv(CrimeHarm.Harm harm, List<String> types) {
        var csv = new StringBuilder(CSV_HEADER).append("\r\n");
        long crimes = harm.crimes();
        double total = harm.total();
        var crime = harm.crime();
        for (var row : harm.byType(types).values()) {
            csv.append(crime.area().code())
                    .append(',')
                    .append(crime.from())
                    .append(',')
                    .append(crime.to())
                    .append(',')
                    .append(AreaCrimeCsvController.quote(row.type()))
                    .append(',')
                    .append(row.count())
                    .append(',')
                    .append(crimes == 0 ? "" : CrimeOutcomesPages.number((double) row.count() / crimes))
                    .append(',')
                    .append(row.weight() == null ? "" : CrimeOutcomesPages.number(row.weight()))
                    .append(',')
                    .append(row.proactive() ? "" : CrimeOutcomesPages.number(row.harm()))
                    .append(',')
                    .append(row.proactive() || total == 0 ? "" : CrimeOutcomesPages.number(row.harm() / total))
                    .append(',')
                    .append(!row.proactive())
                    .append("\r\n");
        }
        csv.append(crime.area().code())
                .append(',')
                .append(crime.from())
                .append(',')
                .append(crime.to())
                .append(",All crime (excluding anti-social behaviour),")
                .append(crimes)
                .append(',')
                .append(crimes == 0 ? "" : "1.0000")
                .append(",,")
                .append(CrimeOutcomesPages.number(total))
                .append(',')
                .append(total == 0 ? "" : "1.0000")
                .append(",true\r\n");
        return csv.toString();
    }

    static Map<String, Object> json(CrimeHarm.Harm harm, List<String> types) {
        var crime = harm.crime();
        var body = new LinkedHashMap<String, Object>();
        body.put("area", CrimeOutcomesPages.area(crime));
        body.put("from", crime.from().toString());
        body.put("to", crime.to().toString());
        body.put("index", "Cambridge Crime Harm Index (days)");
        body.put("crimes", harm.crimes());
        body.put("harm", harm.total());
        body.put(
                "harmPerThousand",
                crime.population() == null
                        ? null
                        : harm.total() / crime.population().population() * 1000);
        var rows = new ArrayList<Map<String, Object>>();
        for (var row : harm.byType(types).values()) {
            var entry = new LinkedHashMap<String, Object>();
            entry.put("type", row.type());
            entry.put("crimes", row.count());
            entry.put("weight", row.weight());
            entry.put("harm", row.proactive() ? null : row.harm());
            entry.put("inHarmTotal", !row.proactive());
            rows.add(entry);
        }
        body.put("types", rows);
        var forces = new ArrayList<Map<String, Object>>();
        for (var force : harm.forces()) {
            var entry = new LinkedHashMap<String, Object>();
            entry.put("force", force.name());
            entry.put(
                    "crimes",
                    force.counts().values().stream().mapToLong(Long::longValue).sum());
            entry.put("harm", force.harm() == null ? null : force.harm().total());
            entry.put("weighted", force.harm() != null);
            forces.add(entry);
        }
        body.put("forces", forces);
        body.put(
                "missingMonths",
                crime.missingMonths().stream().map(Object::toString).toList());
        body.put("caveats", caveats());
        return body;
    }

    private static String count(double n) {
        return AreaAnalysisPages.count(n);
    }

    private static String decimal(double n) {
        return AreaAnalysisPages.decimal(n);
    }

    private static String percent(double share) {
        return CrimeOutcomesPages.percent(share);
    }
}
