package org.saferplan.crime;

import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.saferplan.crime.web.AreaAnalysisPage;
import org.saferplan.statistics.ConfidenceLevel;
import org.saferplan.statistics.FunnelComparison;
import org.saferplan.statistics.Rate;

/** Words and draws the analysis sections: comparison with its funnel plot, trend, seasonality and Covid. */
final class AreaAnalysisPages {

    static final int WIDTH = 640;
    static final int HEIGHT = 320;
    static final int LEFT = 72;
    static final int RIGHT = 624;
    static final int TOP = 16;
    static final int BOTTOM = 280;
    static final String FUNNEL_METHOD = "SaferPlan's method: a funnel plot (Spiegelhalter 2005) around the pooled"
            + " reference rate with 95% and 99.8% limits; it does not claim to match iQuanta.";
    private static final DateTimeFormatter LONG_MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);
    private static final ConfidenceLevel P95 = ConfidenceLevel.NINETY_FIVE;
    private static final ConfidenceLevel P998 = ConfidenceLevel.NINETY_NINE_POINT_EIGHT;

    private AreaAnalysisPages() {}

    static AreaAnalysisPage.Comparison comparison(CrimeComparisons.Comparison c, String peersValue) {
        var focal = c.focal();
        var sentences = new ArrayList<String>();
        var references = new ArrayList<AreaAnalysisPage.ReferenceRow>();
        var focalRate = c.focalRate(null);
        if (focalRate.isEmpty()) {
            sentences.add("No population estimate is loaded for " + focal.area().name()
                    + ", so its rate cannot be compared.");
        } else {
            references.add(new AreaAnalysisPage.ReferenceRow(
                    focal.area().name() + " (this area)",
                    count(focal.total().count()),
                    count(focalRate.get().population()),
                    rate(focalRate.get()),
                    "–",
                    "–"));
        }
        var forcesLabel = "All imported forces' located crime ("
                + String.join(", ", c.pooled().forces()) + "), this area left out";
        var forceLabel =
                c.force() == null ? null : "Rest of " + c.force().area().name() + " police force area";
        var peerLabel = "Peer group (" + c.peerGroup() + "), pooled";
        reference(references, sentences, forcesLabel, c.againstAllForces(null), focal);
        if (forceLabel != null) {
            reference(references, sentences, forceLabel, c.againstRestOfForce(null), focal);
        }
        reference(references, sentences, peerLabel, c.againstPeers(null), focal);
        if (c.included().isEmpty()) {
            sentences.add("No peer can be compared: "
                    + (c.peers().isEmpty()
                            ? "the peer group is empty (" + c.peerGroup() + "). List peer area codes below."
                            : "every peer was left out (see the table)."));
        }
        var types = new ArrayList<AreaAnalysisPage.TypeRow>();
        for (var type : c.types()) {
            var all = c.againstAllForces(type);
            var rest = c.againstRestOfForce(type);
            var peers = c.againstPeers(type);
            types.add(new AreaAnalysisPage.TypeRow(
                    type + (type.equals(AreaCrimeStatistics.ASB) ? " (not crime)" : ""),
                    c.focalRate(type).map(AreaAnalysisPages::rate).orElse("–"),
                    all.map(f -> decimal(f.pooledPeerRate())).orElse("–"),
                    all.map(f -> short95(f)).orElse("–"),
                    rest.map(f -> decimal(f.pooledPeerRate())).orElse("–"),
                    rest.map(f -> short95(f)).orElse("–"),
                    peers.map(f -> decimal(f.pooledPeerRate())).orElse("–"),
                    peers.map(f -> short95(f)).orElse("–")));
        }
        var rows = new ArrayList<AreaAnalysisPage.PeerRow>();
        focalRate.ifPresent(
                rate -> rows.add(peerRow(focal.area().name(), focal.area().code(), rate, "This area", true)));
        for (var peer : c.peers()) {
            var crime = peer.crime();
            if (crime == null || crime.population() == null) {
                rows.add(new AreaAnalysisPage.PeerRow(
                        peer.scope().name(),
                        peer.scope().code(),
                        crime == null ? "–" : count(crime.total().count()),
                        "–",
                        "–",
                        "–",
                        "Left out: " + peer.leftOut(),
                        false));
            } else {
                var note = new ArrayList<String>();
                if (!peer.included()) {
                    note.add("Left out: " + peer.leftOut());
                }
                note.addAll(peer.scope().notes());
                rows.add(peerRow(
                        peer.scope().name(),
                        peer.scope().code(),
                        new Rate(crime.total().count(), crime.population().population()),
                        String.join(" ", note),
                        false));
            }
        }
        var notes = new ArrayList<String>(c.notes());
        notes.add(FUNNEL_METHOD + " Each reference leaves this area out, so an area is never compared with itself.");
        if (c.pooled().lsoasWithoutPopulation() > 0) {
            notes.add(c.pooled().lsoasWithoutPopulation() + " LSOAs with located crime have no population estimate"
                    + " for " + c.pooled().populationYear() + " and are left out of the all-forces rate.");
        }
        if (c.pooled().forceMonthsMissing() > 0) {
            notes.add(c.pooled().forceMonthsMissing() + " force-months of the period are missing from the imported"
                    + " forces' data, so the all-forces rate is understated.");
        }
        c.againstPeers(null).ifPresent(f -> {
            notes.add(String.format(
                    Locale.UK,
                    "Among this area and its %d included peers, it ranks %d of %d by"
                            + " rate (1 is the lowest), quartile %d; the unweighted mean of the peers' rates is %s per"
                            + " 1,000.",
                    f.peers().size(),
                    f.rank(),
                    f.areas(),
                    f.quartile(),
                    decimal(f.meanOfPeerRates())));
            var phi = f.overdispersionFactor();
            if (phi.isPresent() && phi.getAsDouble() > 1) {
                notes.add(String.format(
                        Locale.UK,
                        "The peers vary more than chance alone would (overdispersion"
                                + " φ = %.1f); the limits are not widened for it, so read the peer verdicts with care.",
                        phi.getAsDouble()));
            }
        });
        notes.add("The all-forces rate covers only the forces imported into SaferPlan and only crimes police.uk"
                + " could locate; it is not the England and Wales rate. Police recorded crime depends on recording"
                + " practice, which differs between forces (methods.md §2.4).");
        if (!focal.missingMonths().isEmpty()) {
            notes.add("This area has " + focal.missingMonths().size() + " missing months in the period, so its own"
                    + " rate is understated.");
        }
        var funnel = c.againstPeers(null).map(f -> funnel(c, f)).orElse(null);
        return new AreaAnalysisPage.Comparison(
                c.peerGroup(), peersValue, sentences, references, types, rows, funnel, notes);
    }

    private static void reference(
            List<AreaAnalysisPage.ReferenceRow> rows,
            List<String> sentences,
            String label,
            Optional<FunnelComparison> funnel,
            AreaCrime focal) {
        if (funnel.isEmpty()) {
            rows.add(new AreaAnalysisPage.ReferenceRow(label, "–", "–", "–", "Cannot be compared", "–"));
            return;
        }
        var f = funnel.get();
        long crimes = f.peers().stream().mapToLong(Rate::count).sum();
        double population = f.peers().stream().mapToDouble(Rate::population).sum();
        rows.add(new AreaAnalysisPage.ReferenceRow(
                label,
                count(crimes),
                count(population),
                decimal(f.pooledPeerRate()),
                capital(f.verdict(P95).words()),
                capital(f.verdict(P998).words())));
        sentences.add(String.format(
                Locale.UK,
                "Against %s: %s's rate of %s per 1,000 is %s %s per 1,000 at 95%%" + " (%s at 99.8%%).",
                lower(label),
                focal.area().name(),
                decimal(f.focal().perThousand()),
                relation(f.verdict(P95)),
                decimal(f.pooledPeerRate()),
                f.verdict(P998).words()));
    }

    private static String relation(FunnelComparison.Verdict verdict) {
        return switch (verdict) {
            case SIGNIFICANTLY_HIGHER -> "significantly higher than";
            case SIGNIFICANTLY_LOWER -> "significantly lower than";
            case NOT_SIGNIFICANTLY_DIFFERENT -> "not significantly different from";
        };
    }

    private static String short95(FunnelComparison f) {
        return switch (f.verdict(P95)) {
            case SIGNIFICANTLY_HIGHER -> "Higher";
            case SIGNIFICANTLY_LOWER -> "Lower";
            case NOT_SIGNIFICANTLY_DIFFERENT -> "Not different";
        };
    }

    private static AreaAnalysisPage.PeerRow peerRow(String name, String code, Rate rate, String note, boolean focal) {
        var interval = rate.perThousandInterval();
        return new AreaAnalysisPage.PeerRow(
                name,
                code,
                count(rate.count()),
                count(rate.population()),
                rate(rate),
                decimal(interval.lower()) + " to " + decimal(interval.upper()),
                note,
                focal);
    }

    /** The funnel plot of total crime: included peers and the area, limits drawn by FunnelComparison at each size. */
    static AreaAnalysisPage.Funnel funnel(CrimeComparisons.Comparison c, FunnelComparison f) {
        double xMax = f.focal().population();
        double yMax = f.pooledPeerRate() * 1.5;
        for (var peer : f.peers()) {
            xMax = Math.max(xMax, peer.population());
        }
        for (var r : f.ratesPerThousand()) {
            yMax = Math.max(yMax, r);
        }
        xMax *= 1.1;
        yMax *= 1.15;
        var points = new ArrayList<AreaAnalysisPage.Point>();
        var included = c.included();
        for (int i = 0; i < f.peers().size(); i++) {
            var peer = f.peers().get(i);
            points.add(new AreaAnalysisPage.Point(
                    x(peer.population(), xMax),
                    y(peer.perThousand(), yMax),
                    included.get(i).scope().name() + ": " + decimal(peer.perThousand()) + " per 1,000",
                    false));
        }
        points.add(new AreaAnalysisPage.Point(
                x(f.focal().population(), xMax),
                y(f.focal().perThousand(), yMax),
                c.focal().area().name() + " (this area): " + decimal(f.focal().perThousand()) + " per 1,000",
                true));
        var lines =
                new StringBuilder[] {new StringBuilder(), new StringBuilder(), new StringBuilder(), new StringBuilder()
                };
        for (int step = 1; step <= 60; step++) {
            double population = xMax * step / 60;
            var at = FunnelComparison.of(new Rate(0, population), f.peers());
            var l95 = at.limits(P95);
            var l998 = at.limits(P998);
            double px = x(population, xMax);
            append(lines[0], px, y(Math.min(l95.upper(), yMax), yMax));
            append(lines[1], px, y(l95.lower(), yMax));
            append(lines[2], px, y(Math.min(l998.upper(), yMax), yMax));
            append(lines[3], px, y(l998.lower(), yMax));
        }
        var xTicks = List.of(
                new AreaAnalysisPage.Tick(LEFT, "0"),
                new AreaAnalysisPage.Tick(x(xMax / 2, xMax), count(xMax / 2)),
                new AreaAnalysisPage.Tick(RIGHT, count(xMax)));
        var yTicks = List.of(
                new AreaAnalysisPage.Tick(BOTTOM, "0"),
                new AreaAnalysisPage.Tick(y(yMax / 2, yMax), decimal(yMax / 2)),
                new AreaAnalysisPage.Tick(TOP, decimal(yMax)));
        var description = String.format(
                Locale.UK,
                "Funnel plot of total crime per 1,000 residents against population."
                        + " Centre line: the peers' pooled rate, %s per 1,000. %s lies at %s per 1,000 with %s"
                        + " residents: %s at 95%% and %s at 99.8%%. Peers plotted: %d.",
                decimal(f.pooledPeerRate()),
                c.focal().area().name(),
                decimal(f.focal().perThousand()),
                count(f.focal().population()),
                f.verdict(P95).words(),
                f.verdict(P998).words(),
                f.peers().size());
        return new AreaAnalysisPage.Funnel(
                new AreaAnalysisPage.Chart(
                        WIDTH,
                        HEIGHT,
                        "Funnel plot: total crime rate of " + c.focal().area().name() + " and its peers",
                        description),
                points,
                lines[0].toString().strip(),
                lines[1].toString().strip(),
                lines[2].toString().strip(),
                lines[3].toString().strip(),
                y(f.pooledPeerRate(), yMax),
                LEFT,
                RIGHT,
                TOP,
                BOTTOM,
                xTicks,
                yTicks);
    }

    private static void append(StringBuilder line, double x, double y) {
        line.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
    }

    private static double x(double population, double xMax) {
        return LEFT + population / xMax * (RIGHT - LEFT);
    }

    private static double y(double rate, double yMax) {
        return BOTTOM - Math.max(0, rate) / yMax * (BOTTOM - TOP);
    }

    static AreaAnalysisPage.Trend trend(CrimeTrends.Trends t) {
        var sentences = new ArrayList<String>();
        int run = t.runMonths();
        var stored = stored(t);
        if (run < 12) {
            sentences.add("Rolling 12-month totals need at least 12 consecutive months; " + stored + ".");
        }
        if (run < 24) {
            sentences.add("A year-on-year change (the latest 12 months against the 12 before) needs 24 consecutive"
                    + " months; " + stored + ".");
        }
        if (run < 36) {
            sentences.add("A three-year direction needs 36 consecutive months; " + stored + ".");
        }
        var changes = new ArrayList<AreaAnalysisPage.ChangeRow>();
        for (var change : t.changes()) {
            var ch = change.change();
            changes.add(new AreaAnalysisPage.ChangeRow(
                    change.type() == null ? "All crime (excluding anti-social behaviour)" : change.type(),
                    count(ch.past()),
                    count(ch.current()),
                    ch.past() == 0 ? "–" : String.format(Locale.UK, "%.3f", ch.rateRatio()),
                    pValue(ch.exactPValue()),
                    String.format(Locale.UK, "%.2f", ch.wheelerZ()),
                    capital(ch.directionInWords())));
        }
        if (!t.changes().isEmpty()) {
            var total = t.changes().get(0).change();
            var end = t.runEnd();
            sentences.add(String.format(
                    Locale.UK,
                    "In the latest 12 months (%s to %s) %s crimes were recorded,"
                            + " against %s in the 12 months before: %s (exact conditional test p %s).",
                    LONG_MONTH.format(end.minusMonths(11)),
                    LONG_MONTH.format(end),
                    count(total.current()),
                    count(total.past()),
                    total.directionInWords(),
                    pValueWords(total.exactPValue())));
        }
        if (t.threeYear() != null) {
            var three = t.threeYear();
            var end = t.runEnd();
            if (three.exactPValue() < 0.05) {
                sentences.add(String.format(
                        Locale.UK,
                        "Over three years, total crime %s: %s crimes in the 12 months"
                                + " to %s against %s in the 12 months to %s (exact conditional test p %s).",
                        three.directionInWords(),
                        count(three.current()),
                        LONG_MONTH.format(end),
                        count(three.past()),
                        LONG_MONTH.format(end.minusMonths(24)),
                        pValueWords(three.exactPValue())));
            } else {
                sentences.add(String.format(
                        Locale.UK,
                        "The test over 36 months does not support a three-year"
                                + " direction: %s crimes in the 12 months to %s against %s in the 12 months to %s"
                                + " (p %s).",
                        count(three.current()),
                        LONG_MONTH.format(end),
                        count(three.past()),
                        LONG_MONTH.format(end.minusMonths(24)),
                        pValueWords(three.exactPValue())));
            }
        }
        var rolling = new ArrayList<String[]>();
        for (var r : t.rolling()) {
            rolling.add(new String[] {
                MONTH.format(r.month().minusMonths(11)) + " to " + MONTH.format(r.month()), count(r.crimes())
            });
        }
        return new AreaAnalysisPage.Trend(sentences, rolling, changes);
    }

    static AreaAnalysisPage.Seasonality seasonality(CrimeTrends.Trends t) {
        var sentences = new ArrayList<String>();
        var s = t.seasonality();
        if (s == null) {
            sentences.add("A seasonal index needs at least 12 consecutive months; " + stored(t) + ".");
            return new AreaAnalysisPage.Seasonality(sentences, List.of(), null, List.of(), 0);
        }
        if (s.index() == null) {
            sentences.add("No seasonal index can be given: " + s.problem() + ".");
            return new AreaAnalysisPage.Seasonality(sentences, List.of(), null, List.of(), 0);
        }
        var index = s.index();
        sentences.add(String.format(
                Locale.UK,
                "Seasonal index of total crime over %d months (%s to %s), by the %s"
                        + " method: 1 is an average month, 1.20 a month 20%% above average.",
                t.runMonths(),
                LONG_MONTH.format(t.runStart()),
                LONG_MONTH.format(t.runEnd()),
                index.method() == org.saferplan.statistics.SeasonalIndex.Method.RATIO_TO_MOVING_AVERAGE
                        ? "ratio-to-moving-average"
                        : "simple monthly mean (fewer than 36 months)"));
        var peak = index.peakSeason();
        if (peak.isPresent()) {
            sentences.add(String.format(
                    Locale.UK,
                    "Crime peaks in %s: its mean index is %.2f and the month effect is"
                            + " significant (chi-squared test p %s).",
                    peak.get().words(),
                    index.seasonIndex(peak.get()),
                    pValueWords(index.monthEffectPValue())));
        } else {
            sentences.add(String.format(
                    Locale.UK,
                    "No season can be said to peak: the month effect %s (chi-squared" + " test p %s).",
                    index.monthEffectSignificant()
                            ? "is significant but no season's mean" + " index is above 1"
                            : "is not significant",
                    pValueWords(index.monthEffectPValue())));
        }
        var months = new ArrayList<String[]>();
        var bars = new ArrayList<AreaAnalysisPage.Bar>();
        double max = 0;
        for (var m : Month.values()) {
            max = Math.max(max, index.index(m));
        }
        max = Math.max(max * 1.1, 1.2);
        double slot = (RIGHT - LEFT) / 12.0;
        for (var m : Month.values()) {
            double value = index.index(m);
            months.add(new String[] {
                m.getDisplayName(TextStyle.FULL, Locale.UK),
                String.format(Locale.UK, "%.3f", value),
                String.valueOf(index.yearsBehind(m))
            });
            double height = value / max * (BOTTOM - TOP);
            bars.add(new AreaAnalysisPage.Bar(
                    m.getDisplayName(TextStyle.SHORT, Locale.UK),
                    LEFT + (m.ordinal()) * slot + slot * 0.15,
                    BOTTOM - height,
                    slot * 0.7,
                    height));
        }
        var chart = new AreaAnalysisPage.Chart(
                WIDTH,
                HEIGHT,
                "Seasonal index of total crime by calendar month",
                "Bar chart of the seasonal index, one bar per calendar month; a line marks 1, an average month."
                        + peak.map(p -> " Crime peaks in " + p.words() + ".")
                                .orElse(" No season peaks significantly."));
        return new AreaAnalysisPage.Seasonality(sentences, months, chart, bars, BOTTOM - 1 / max * (BOTTOM - TOP));
    }

    static AreaAnalysisPage.Covid covid(CrimeTrends.Trends t) {
        var covid = t.covid();
        var sentences = new ArrayList<String>();
        var rows = new ArrayList<AreaAnalysisPage.CovidRow>();
        var period = LONG_MONTH.format(covid.from())
                + (covid.from().equals(covid.to()) ? "" : " to " + LONG_MONTH.format(covid.to()));
        if (covid.results().isEmpty()) {
            sentences.add(String.format(
                    Locale.UK,
                    "The Covid comparison for %s needs the months %s and the same"
                            + " months of at least one year from %d to %d, unbroken up to the period. Missing: %s; %s.",
                    period,
                    period,
                    covid.baselineFirstYear(),
                    covid.baselineLastYear(),
                    covid.missing() == null ? "all of them" : covid.missing(),
                    stored(t)));
            return new AreaAnalysisPage.Covid(
                    covid.from().toString(), covid.to().toString(), sentences, rows);
        }
        var total = covid.results().get(null);
        long below = total.months().stream()
                .filter(m -> m.outside() && m.difference() < 0)
                .count();
        long above = total.months().stream()
                .filter(m -> m.outside() && m.difference() > 0)
                .count();
        sentences.add(String.format(
                Locale.UK,
                "Expected crime for %s is the mean of the same months in %d to %d"
                        + " (SaferPlan's choice of the same-month baseline, methods.md §4.3 a; no trend adjustment)."
                        + " A month is called below or above expected only when it lies outside the 95%% prediction"
                        + " interval.",
                period,
                covid.baselineFirstYear(),
                covid.baselineLastYear()));
        sentences.add(String.format(
                Locale.UK,
                "Total crime: %d of %d months significantly below expected, %d" + " significantly above.",
                below,
                total.months().size(),
                above));
        covid.results().forEach((type, result) -> {
            for (var m : result.months()) {
                var interval = m.predictionInterval();
                rows.add(new AreaAnalysisPage.CovidRow(
                        type == null ? "All crime (excluding anti-social behaviour)" : type,
                        MONTH.format(m.month()),
                        count(m.observed()),
                        decimal1(m.expected()),
                        decimal1(interval.lower()) + " to " + decimal1(interval.upper()),
                        m.percentDifference().isPresent()
                                ? String.format(
                                        Locale.UK,
                                        "%+.1f%%",
                                        m.percentDifference().getAsDouble())
                                : "–",
                        !m.outside()
                                ? "Within expected range"
                                : m.difference() < 0 ? "Below expected" : "Above expected"));
            }
        });
        return new AreaAnalysisPage.Covid(covid.from().toString(), covid.to().toString(), sentences, rows);
    }

    private static String stored(CrimeTrends.Trends t) {
        if (t.counts() == null) {
            return "no months are stored";
        }
        var first = t.counts().from();
        var last = t.counts().to();
        var text = String.format(
                Locale.UK,
                "%d %s stored (%s to %s)",
                t.monthsStored(),
                t.monthsStored() == 1 ? "is" : "are",
                LONG_MONTH.format(first),
                LONG_MONTH.format(last));
        if (t.runMonths() < t.monthsStored()) {
            text += String.format(Locale.UK, ", the latest unbroken run being %d months", t.runMonths());
        }
        return text;
    }

    static String count(double value) {
        return String.format(Locale.UK, "%,.0f", value);
    }

    static String decimal(double value) {
        return String.format(Locale.UK, "%.2f", value);
    }

    static String decimal1(double value) {
        return String.format(Locale.UK, "%,.1f", value);
    }

    static String rate(Rate rate) {
        return decimal(rate.perThousand());
    }

    static String pValue(double p) {
        return p < 0.001 ? "< 0.001" : String.format(Locale.UK, "%.3f", p);
    }

    static String pValueWords(double p) {
        return p < 0.001 ? "< 0.001" : "= " + String.format(Locale.UK, "%.3f", p);
    }

    static String capital(String words) {
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String lower(String words) {
        return words.isEmpty() ? words : Character.toLowerCase(words.charAt(0)) + words.substring(1);
    }

    static String monthWords(YearMonth month) {
        return LONG_MONTH.format(month);
    }
}
