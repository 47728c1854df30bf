package org.saferplan.performance;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.saferplan.performance.web.Badge;
import org.saferplan.performance.web.IndicatorRow;
import org.saferplan.performance.web.SpcChart;
import org.saferplan.performance.web.SpcRow;
import org.saferplan.statistics.CountChange;
import org.saferplan.statistics.ImprovementDirection;
import org.saferplan.statistics.Spc;

/**
 * Turns indicators and their Making Data Count charts into what the pages show: badges, words, the SVG geometry and
 * the table rows. The colours are those of methods.md §3.3 (ptd_spc_colours.R).
 */
final class PerformanceViews {

    private static final java.time.format.DateTimeFormatter WHEN =
            java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", java.util.Locale.UK);

    /** A moment as people read it in London, e.g. "26 November 2026 at 2:11pm". */
    static String when(java.time.Instant instant) {
        return WHEN.format(instant.atZone(ActionUpdates.LONDON))
                .replace("AM", "am")
                .replace("PM", "pm");
    }

    static final String MEAN_COLOUR = "#0b0c0c";
    static final String LIMIT_COLOUR = "#505a5f";
    static final String TARGET_COLOUR = "#de1b1b";

    private PerformanceViews() {}

    static String href(String slug, long indicatorId) {
        return "/partnerships/" + slug + "/performance/indicators/" + indicatorId;
    }

    static IndicatorRow row(String slug, Indicator indicator, List<IndicatorValue> values, Optional<Spc> spc) {
        var latest = values.isEmpty() ? null : values.get(values.size() - 1);
        return new IndicatorRow(
                indicator.name(),
                href(slug, indicator.id()),
                indicator.frequency().label(),
                unit(indicator),
                latest == null ? "No values yet" : latest.period().text(),
                latest == null ? "" : number(latest.value()),
                spc.map(PerformanceViews::variation).orElse(null),
                spc.map(PerformanceViews::assurance).orElse(null),
                indicator.illustrative());
    }

    static String unit(Indicator indicator) {
        return indicator.unitLabel().isEmpty()
                ? indicator.unit().label()
                : indicator.unit().label() + " (" + indicator.unitLabel() + ")";
    }

    static Badge variation(Spc spc) {
        var variation = spc.variation();
        return switch (variation) {
            case COMMON_CAUSE -> new Badge("Common cause variation", "app-mdc-common");
            case IMPROVEMENT_HIGH -> new Badge("Special cause improvement (higher)", "app-mdc-improvement");
            case IMPROVEMENT_LOW -> new Badge("Special cause improvement (lower)", "app-mdc-improvement");
            case CONCERN_HIGH -> new Badge("Special cause concern (higher)", "app-mdc-concern");
            case CONCERN_LOW -> new Badge("Special cause concern (lower)", "app-mdc-concern");
            case NEUTRAL_HIGH ->
                new Badge("Special cause variation, neither better nor worse (higher)", "app-mdc-neutral");
            case NEUTRAL_LOW ->
                new Badge("Special cause variation, neither better nor worse (lower)", "app-mdc-neutral");
        };
    }

    /** The assurance badge, or null when there is no assurance (no target, or a neutral direction). */
    static Badge assurance(Spc spc) {
        return switch (spc.assurance()) {
            case CONSISTENT_PASS -> new Badge("Assurance: will consistently meet the target", "app-mdc-improvement");
            case CONSISTENT_FAIL -> new Badge("Assurance: will consistently fail the target", "app-mdc-concern");
            case INCONSISTENT -> new Badge("Assurance: hit and miss against the target", "app-mdc-common");
            case NONE -> null;
        };
    }

    static String type(Spc.PointType type) {
        return switch (type) {
            case COMMON_CAUSE -> "Common cause";
            case SPECIAL_CAUSE_IMPROVEMENT -> "Special cause improvement";
            case SPECIAL_CAUSE_CONCERN -> "Special cause concern";
            case SPECIAL_CAUSE_NEUTRAL_HIGH -> "Special cause (high)";
            case SPECIAL_CAUSE_NEUTRAL_LOW -> "Special cause (low)";
        };
    }

    static String colour(Spc.PointType type) {
        return switch (type) {
            case COMMON_CAUSE -> Spc.Variation.COMMON_CAUSE.colour();
            case SPECIAL_CAUSE_IMPROVEMENT -> Spc.Variation.IMPROVEMENT_HIGH.colour();
            case SPECIAL_CAUSE_CONCERN -> Spc.Variation.CONCERN_HIGH.colour();
            case SPECIAL_CAUSE_NEUTRAL_HIGH, SPECIAL_CAUSE_NEUTRAL_LOW -> Spc.Variation.NEUTRAL_HIGH.colour();
        };
    }

    static List<SpcRow> rows(List<IndicatorValue> values, Spc spc) {
        var rows = new ArrayList<SpcRow>();
        for (int i = 0; i < values.size(); i++) {
            var point = spc.points().get(i);
            rows.add(new SpcRow(
                    values.get(i).period().text(),
                    number(values.get(i).value()),
                    number(point.mean()),
                    number(point.lpl()),
                    number(point.upl()),
                    type(point.type()),
                    values.get(i).note()));
        }
        return rows;
    }

    /** The words beside the chart: what the latest point is and why, and what the assurance means. */
    static List<String> summary(Indicator indicator, List<IndicatorValue> values, Spc spc) {
        var sentences = new ArrayList<String>();
        var latest = spc.latest();
        var period = values.get(values.size() - 1).period().text();
        var value = number(latest.value());
        var kind = switch (latest.type()) {
            case COMMON_CAUSE -> "common cause variation";
            case SPECIAL_CAUSE_IMPROVEMENT -> "special cause variation of improvement";
            case SPECIAL_CAUSE_CONCERN -> "special cause variation of concern";
            case SPECIAL_CAUSE_NEUTRAL_HIGH, SPECIAL_CAUSE_NEUTRAL_LOW ->
                "special cause variation (this indicator has no better direction)";
        };
        if (latest.rules().isEmpty()) {
            sentences.add("The latest point, " + period + ", is " + kind + ": its value, " + value
                    + ", is within the process limits (" + number(latest.lpl()) + " to " + number(latest.upl())
                    + ") and is not part of a run, trend or pattern near the limits.");
        } else {
            var reasons = new ArrayList<String>();
            boolean above = latest.value() > latest.mean();
            for (var rule : latest.rules()) {
                reasons.add(
                        switch (rule) {
                            case OUTSIDE_LIMITS ->
                                "it is " + (above ? "above the upper" : "below the lower") + " process limit ("
                                        + number(above ? latest.upl() : latest.lpl()) + ")";
                            case TREND ->
                                "it is one of " + Spc.RUN + " or more points in a row that all "
                                        + (trendRising(spc) ? "rise" : "fall");
                            case TWO_OF_THREE_NEAR_LIMITS ->
                                "it is one of 2 in 3 points close to the " + (above ? "upper" : "lower")
                                        + " process limit";
                            case SHIFT ->
                                "it is one of " + Spc.RUN + " or more points in a row " + (above ? "above" : "below")
                                        + " the mean (" + number(latest.mean()) + ")";
                        });
            }
            sentences.add("The latest point, " + period + ", is " + kind + ": its value, " + value + ", "
                    + String.join("; ", reasons) + ".");
        }
        sentences.add(
                switch (indicator.improvement()) {
                    case INCREASE -> "Higher is better for this indicator.";
                    case DECREASE -> "Lower is better for this indicator.";
                    case NEUTRAL -> "Neither higher nor lower is better for this indicator.";
                });
        if (indicator.target() != null) {
            var target = number(indicator.target());
            sentences.add(
                    switch (spc.assurance()) {
                        case CONSISTENT_PASS ->
                            "The target, " + target + ", lies beyond the process limits on the better"
                                    + " side: if nothing changes, it will be met every time.";
                        case CONSISTENT_FAIL ->
                            "The target, " + target + ", lies beyond the process limits on the worse"
                                    + " side: if nothing changes, it will not be met. The process needs to change.";
                        case INCONSISTENT ->
                            "The target, " + target + ", lies within the process limits: it will be met"
                                    + " some times and missed at others.";
                        case NONE ->
                            "The target, " + target + ", has no assurance because neither direction is better.";
                    });
        }
        return sentences;
    }

    private static boolean trendRising(Spc spc) {
        var points = spc.points();
        int n = points.size();
        return n >= 2 && points.get(n - 1).value() > points.get(n - 2).value();
    }

    /**
     * For counts: the latest 12 months (4 quarters, 1 year) against the 12 before, by the exact conditional test
     * and Wheeler's z (methods.md §4.2); a rise or fall is only said when it is significant at 95%. Null when the
     * indicator is not a count or the latest two years of periods are not all there.
     */
    static String yearOnYear(Indicator indicator, List<IndicatorValue> values) {
        if (indicator.unit() != Unit.COUNT) {
            return null;
        }
        int k = indicator.frequency().perYear();
        if (values.size() < 2 * k) {
            return null;
        }
        var window = values.subList(values.size() - 2 * k, values.size());
        for (int i = 1; i < window.size(); i++) {
            if (!indicator
                    .frequency()
                    .next(window.get(i - 1).period().startsOn())
                    .equals(window.get(i).period().startsOn())) {
                return null;
            }
        }
        long past = window.subList(0, k).stream()
                .mapToLong(v -> v.value().longValue())
                .sum();
        long current = window.subList(k, 2 * k).stream()
                .mapToLong(v -> v.value().longValue())
                .sum();
        var change = CountChange.of(past, current);
        double p = change.exactPValue();
        var span = switch (indicator.frequency()) {
            case MONTH -> "12 months";
            case QUARTER -> "4 quarters";
            case YEAR -> "year";
        };
        var latestSpan = k == 1
                ? window.get(1).period().text()
                : window.get(k).period().text() + " to "
                        + window.get(2 * k - 1).period().text();
        var start = "In the latest " + span + " (" + latestSpan + ") there were " + whole(current) + ", against "
                + whole(past) + " in the " + span + " before. ";
        var words = change.directionInWords();
        var stats = "(exact test p = " + pValue(p) + "; Wheeler's z = " + fixed(change.wheelerZ(), 2) + ")";
        if ("no significant change".equals(words)) {
            return start + "That is no significant change " + stats + ".";
        }
        boolean better = indicator.improvement() == ImprovementDirection.NEUTRAL
                ? false
                : ("increased".equals(words)) == (indicator.improvement() == ImprovementDirection.INCREASE);
        return start + "The count has " + words + " significantly " + stats
                + (indicator.improvement() == ImprovementDirection.NEUTRAL
                        ? "."
                        : better ? ": an improvement." : ": a change for the worse.");
    }

    private static String pValue(double p) {
        return p < 0.001 ? "< 0.001" : fixed(p, 3);
    }

    static SpcChart chart(String id, Indicator indicator, List<IndicatorValue> values, Spc spc) {
        int width = 720;
        int height = 340;
        int left = 70;
        int right = 16;
        int top = 16;
        int bottom = 64;
        double plotWidth = width - left - right;
        double plotHeight = height - top - bottom;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (var point : spc.points()) {
            min = Math.min(min, Math.min(point.value(), point.lpl()));
            max = Math.max(max, Math.max(point.value(), point.upl()));
        }
        if (spc.target().isPresent()) {
            min = Math.min(min, spc.target().getAsDouble());
            max = Math.max(max, spc.target().getAsDouble());
        }
        if (max - min < 1e-9) {
            max += 1;
            min -= 1;
        }
        var ticks = niceTicks(min, max, 5);
        double low = Math.min(min, ticks.get(0));
        double high = Math.max(max, ticks.get(ticks.size() - 1));
        int n = spc.points().size();
        java.util.function.IntToDoubleFunction x = i -> left + (n == 1 ? plotWidth / 2 : i * plotWidth / (n - 1));
        java.util.function.DoubleUnaryOperator y = v -> top + (high - v) / (high - low) * plotHeight;

        var lines = new ArrayList<SpcChart.Line>();
        for (var segment : spc.segments()) {
            double x0 = x.applyAsDouble(segment.start());
            double x1 = x.applyAsDouble(segment.end() - 1);
            lines.add(new SpcChart.Line(
                    pair(x0, y.applyAsDouble(segment.upl())) + " " + pair(x1, y.applyAsDouble(segment.upl())),
                    LIMIT_COLOUR,
                    "6 4",
                    "1.5"));
            lines.add(new SpcChart.Line(
                    pair(x0, y.applyAsDouble(segment.lpl())) + " " + pair(x1, y.applyAsDouble(segment.lpl())),
                    LIMIT_COLOUR,
                    "6 4",
                    "1.5"));
            lines.add(new SpcChart.Line(
                    pair(x0, y.applyAsDouble(segment.mean())) + " " + pair(x1, y.applyAsDouble(segment.mean())),
                    MEAN_COLOUR,
                    "",
                    "1.5"));
        }
        if (spc.target().isPresent()) {
            double t = y.applyAsDouble(spc.target().getAsDouble());
            lines.add(new SpcChart.Line(pair(left, t) + " " + pair(width - right, t), TARGET_COLOUR, "2 3", "2"));
        }
        var series = new StringBuilder();
        for (int i = 0; i < n; i++) {
            series.append(i == 0 ? "" : " ")
                    .append(pair(
                            x.applyAsDouble(i),
                            y.applyAsDouble(spc.points().get(i).value())));
        }
        lines.add(new SpcChart.Line(series.toString(), "#6f777b", "", "1"));
        var dots = new ArrayList<SpcChart.Dot>();
        for (int i = 0; i < n; i++) {
            var point = spc.points().get(i);
            dots.add(new SpcChart.Dot(
                    fixed(x.applyAsDouble(i), 1),
                    fixed(y.applyAsDouble(point.value()), 1),
                    colour(point.type()),
                    values.get(i).period().text() + ": " + number(point.value()) + ", "
                            + type(point.type()).toLowerCase(Locale.ROOT)));
        }
        var yTicks = ticks.stream()
                .map(v -> new SpcChart.Tick(fixed(y.applyAsDouble(v), 1), number(v)))
                .toList();
        var xTicks = new ArrayList<SpcChart.Tick>();
        int every = Math.max(1, (int) Math.ceil(n / 8.0));
        for (int i = 0; i < n; i += every) {
            xTicks.add(new SpcChart.Tick(
                    fixed(x.applyAsDouble(i), 1), values.get(i).period().text()));
        }
        var legend = new ArrayList<SpcChart.Legend>();
        legend.add(new SpcChart.Legend(Spc.Variation.COMMON_CAUSE.colour(), false, "", "Common cause"));
        if (indicator.improvement() == ImprovementDirection.NEUTRAL) {
            legend.add(new SpcChart.Legend(Spc.Variation.NEUTRAL_HIGH.colour(), false, "", "Special cause"));
        } else {
            legend.add(new SpcChart.Legend(Spc.Variation.IMPROVEMENT_HIGH.colour(), false, "", "Improvement"));
            legend.add(new SpcChart.Legend(Spc.Variation.CONCERN_HIGH.colour(), false, "", "Concern"));
        }
        legend.add(new SpcChart.Legend(MEAN_COLOUR, true, "", "Mean"));
        legend.add(new SpcChart.Legend(LIMIT_COLOUR, true, "6 4", "Process limits"));
        if (spc.target().isPresent()) {
            legend.add(new SpcChart.Legend(TARGET_COLOUR, true, "2 3", "Target"));
        }
        var first = values.get(0).period().text();
        var last = values.get(n - 1).period().text();
        var description = "Making Data Count chart of " + n + " values from " + first + " to " + last + ", in "
                + spc.segments().size() + (spc.segments().size() == 1 ? " baseline" : " baselines")
                + ". The latest value, " + number(spc.latest().value()) + ", is "
                + type(spc.latest().type()).toLowerCase(Locale.ROOT) + ". The table below gives every value.";
        return new SpcChart(
                id,
                indicator.name() + ": Making Data Count chart",
                description,
                width,
                height,
                left,
                right,
                top,
                bottom,
                dots,
                lines,
                yTicks,
                xTicks,
                legend);
    }

    /** About {@code count} round tick values covering min to max. */
    static List<Double> niceTicks(double min, double max, int count) {
        double range = max - min;
        double rough = range / Math.max(1, count - 1);
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        double step;
        double r = rough / magnitude;
        if (r <= 1) {
            step = magnitude;
        } else if (r <= 2) {
            step = 2 * magnitude;
        } else if (r <= 5) {
            step = 5 * magnitude;
        } else {
            step = 10 * magnitude;
        }
        var ticks = new ArrayList<Double>();
        for (double v = Math.floor(min / step) * step; v <= max + step * 0.5 && ticks.size() < 20; v += step) {
            ticks.add(Math.round(v / step) * step);
        }
        return ticks;
    }

    private static String pair(double x, double y) {
        return fixed(x, 1) + "," + fixed(y, 1);
    }

    static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    static String number(BigDecimal value) {
        return value == null ? "" : format(value.doubleValue());
    }

    static String number(double value) {
        return format(value);
    }

    private static String whole(long value) {
        return String.format(Locale.UK, "%,d", value);
    }

    /** Up to 2 decimal places, with thousands separators, as a GOV.UK page writes numbers. */
    private static String format(double value) {
        var format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.UK));
        var text = format.format(value);
        return "-0".equals(text) ? "0" : text;
    }
}
