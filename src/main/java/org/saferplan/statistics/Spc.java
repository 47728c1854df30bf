package org.saferplan.statistics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;

/**
 * A Making Data Count XmR (individuals) chart, exactly as methods.md §3 gives it from NHS England's "Making Data
 * Count" and its reference implementation, the NHS-R package NHSRplotthedots ({@code ptd_spc_standard.R},
 * {@code ptd_calculate_point_type.R}, {@code ptd_calculate_assurance_type.R}, {@code geom_ptd_icon.R},
 * {@code ptd_spc_colours.R}). Official method (NHS England), not SaferPlan's own.
 *
 * <p>Per segment (the points from one rebase to the next): mean of the values, moving ranges |y<sub>i</sub> −
 * y<sub>i−1</sub>| within the segment, their mean AMR, process limits mean ± 2.66 × AMR and the near-limit band beyond
 * mean ± (2/3 × 2.66) × AMR. A point is special cause when any rule flags it, all within its segment:
 * <ol>
 *   <li>it lies outside the process limits;</li>
 *   <li>it is one of 7 consecutive points that all rise or all fall (a tie breaks the run);</li>
 *   <li>it lies in the near-limit band and is one of 2 in 3 consecutive points in the band, all three points on the
 *       same side of the mean (only points in the band are flagged);</li>
 *   <li>it is one of 7 consecutive points on the same side of the mean (a point on the mean breaks the run).</li>
 * </ol>
 * A flagged point is high or low by the first rule in that order that flags it: outside, in-band or shift points by
 * their side of the mean, trend points by the trend's direction (as NHSRplotthedots does since its fix for issues
 * #167 and #171, so a falling trend above the mean is not called an improvement when higher is better). High is an
 * improvement when higher is better, and so on; with a neutral direction the types are neutral high and low.
 * Segments of fewer than 12 points get a warning (trial limits).
 *
 * @param points every point in order, with its segment's limits
 * @param segments the segments in order; a rebase index starts a new one
 * @param warnings one per segment of fewer than {@value #WARNING_THRESHOLD} points
 */
public record Spc(
        ImprovementDirection improvement,
        OptionalDouble target,
        List<Point> points,
        List<Segment> segments,
        List<String> warnings) {

    /** Process limits are mean ± 2.66 × AMR (2.66 = 3 / d2, d2 = 1.128). */
    public static final double LIMIT = 2.66;
    /** The near-limit band starts at mean ± (2/3 × 2.66) × AMR, about 2 sigma. */
    public static final double NEAR_LIMIT = 2 * (LIMIT / 3);
    /** Runs of this many points make a shift or a trend. */
    public static final int RUN = 7;
    /** Segments with fewer points than this have trial limits. */
    public static final int WARNING_THRESHOLD = 12;

    public Spc {
        if (improvement == null || target == null) {
            throw new IllegalArgumentException("An SPC chart needs an improvement direction and an optional target");
        }
        points = List.copyOf(points);
        segments = List.copyOf(segments);
        warnings = List.copyOf(warnings);
    }

    /**
     * Charts the values.
     *
     * @param values at least 2 finite numbers in time order
     * @param improvement which way is better
     * @param target the target, if any (assurance needs one)
     * @param rebase indexes (0-based) where a new segment starts; 0 changes nothing; every segment needs 2 points
     */
    public static Spc of(
            List<? extends Number> values,
            ImprovementDirection improvement,
            OptionalDouble target,
            Collection<Integer> rebase) {
        if (values == null || values.size() < 2) {
            throw new IllegalArgumentException("An SPC chart needs at least 2 values");
        }
        if (improvement == null) {
            throw new IllegalArgumentException("An SPC chart needs an improvement direction");
        }
        var chartTarget = target == null ? OptionalDouble.empty() : target;
        if (chartTarget.isPresent() && !Double.isFinite(chartTarget.getAsDouble())) {
            throw new IllegalArgumentException("The target must be a finite number");
        }
        var y = new double[values.size()];
        for (int i = 0; i < y.length; i++) {
            var value = values.get(i);
            if (value == null || !Double.isFinite(value.doubleValue())) {
                throw new IllegalArgumentException("Value " + i + " is not a finite number: " + value);
            }
            y[i] = value.doubleValue();
        }
        var starts = segmentStarts(y.length, rebase == null ? List.of() : rebase);
        var points = new ArrayList<Point>();
        var segments = new ArrayList<Segment>();
        var warnings = new ArrayList<String>();
        for (int s = 0; s < starts.size(); s++) {
            int from = starts.get(s);
            int to = s + 1 < starts.size() ? starts.get(s + 1) : y.length;
            var segment = Segment.of(s, from, to, y);
            segments.add(segment);
            if (segment.size() < WARNING_THRESHOLD) {
                warnings.add(String.format(
                        Locale.ROOT,
                        "Segment %d (points %d to %d) has %d points: fewer than %d, so its limits are trial limits",
                        s + 1,
                        from,
                        to - 1,
                        segment.size(),
                        WARNING_THRESHOLD));
            }
            points.addAll(classify(segment, y, improvement));
        }
        return new Spc(improvement, chartTarget, points, segments, warnings);
    }

    private static List<Integer> segmentStarts(int n, Collection<Integer> rebase) {
        var starts = new TreeSet<Integer>();
        starts.add(0);
        for (var index : rebase) {
            if (index == null || index < 0 || index >= n) {
                throw new IllegalArgumentException(
                        "Rebase index " + index + " is outside the values (0 to " + (n - 1) + ")");
            }
            starts.add(index);
        }
        var list = new ArrayList<>(starts);
        for (int s = 0; s < list.size(); s++) {
            int end = s + 1 < list.size() ? list.get(s + 1) : n;
            if (end - list.get(s) < 2) {
                throw new IllegalArgumentException("Rebase at " + list.get(s) + " leaves a segment of one point;"
                        + " every segment needs at least 2 points for a moving range");
            }
        }
        return list;
    }

    private static List<Point> classify(Segment segment, double[] y, ImprovementDirection improvement) {
        int from = segment.start();
        int n = segment.size();
        var side = new int[n];
        var outside = new boolean[n];
        var near = new boolean[n];
        for (int k = 0; k < n; k++) {
            double v = y[from + k];
            side[k] = (int) Math.signum(v - segment.mean());
            outside[k] = v > segment.upl() || v < segment.lpl();
            near[k] = !outside[k] && (v < segment.nearLpl() || v > segment.nearUpl());
        }
        var rules = new ArrayList<EnumSet<Rule>>();
        for (int k = 0; k < n; k++) {
            rules.add(EnumSet.noneOf(Rule.class));
            if (outside[k]) {
                rules.get(k).add(Rule.OUTSIDE_LIMITS);
            }
        }
        // Trend: 6 successive rises (or falls) span 7 points. A later run decides a shared point's direction.
        var trendDirection = new int[n];
        for (int k = RUN - 1; k < n; k++) {
            int direction = (int) Math.signum(y[from + k] - y[from + k - 1]);
            boolean run = direction != 0;
            for (int j = k - RUN + 2; run && j <= k; j++) {
                run = (int) Math.signum(y[from + j] - y[from + j - 1]) == direction;
            }
            if (run) {
                for (int j = k - RUN + 1; j <= k; j++) {
                    rules.get(j).add(Rule.TREND);
                    trendDirection[j] = direction;
                }
            }
        }
        // Two in three: a window of 3 with at least 2 in the band and all 3 on one side; flag those in the band.
        for (int k = 0; k + 2 < n; k++) {
            int inBand = 0;
            int sides = 0;
            for (int j = k; j < k + 3; j++) {
                inBand += near[j] ? 1 : 0;
                sides += side[j];
            }
            if (inBand >= 2 && Math.abs(sides) == 3) {
                for (int j = k; j < k + 3; j++) {
                    if (near[j]) {
                        rules.get(j).add(Rule.TWO_OF_THREE_NEAR_LIMITS);
                    }
                }
            }
        }
        // Shift: 7 consecutive points on the same side of the mean.
        for (int k = RUN - 1; k < n; k++) {
            boolean run = side[k] != 0;
            for (int j = k - RUN + 1; run && j < k; j++) {
                run = side[j] == side[k];
            }
            if (run) {
                for (int j = k - RUN + 1; j <= k; j++) {
                    rules.get(j).add(Rule.SHIFT);
                }
            }
        }
        var points = new ArrayList<Point>();
        for (int k = 0; k < n; k++) {
            var flagged = rules.get(k);
            int highOrLow;
            if (flagged.isEmpty()) {
                highOrLow = 0;
            } else if (flagged.contains(Rule.OUTSIDE_LIMITS)) {
                highOrLow = side[k];
            } else if (flagged.contains(Rule.TREND)) {
                highOrLow = trendDirection[k];
            } else {
                highOrLow = side[k];
            }
            var type = flagged.isEmpty() ? PointType.COMMON_CAUSE : PointType.of(highOrLow, improvement);
            points.add(new Point(
                    from + k,
                    y[from + k],
                    segment.index(),
                    segment.mean(),
                    segment.lpl(),
                    segment.upl(),
                    segment.nearLpl(),
                    segment.nearUpl(),
                    type,
                    List.copyOf(flagged)));
        }
        return points;
    }

    /** The latest point. */
    public Point latest() {
        return points.get(points.size() - 1);
    }

    /** The variation icon: the type of the latest point, oriented by the improvement direction (geom_ptd_icon.R). */
    public Variation variation() {
        var type = latest().type();
        return switch (type) {
            case COMMON_CAUSE -> Variation.COMMON_CAUSE;
            case SPECIAL_CAUSE_NEUTRAL_HIGH -> Variation.NEUTRAL_HIGH;
            case SPECIAL_CAUSE_NEUTRAL_LOW -> Variation.NEUTRAL_LOW;
            case SPECIAL_CAUSE_IMPROVEMENT ->
                improvement == ImprovementDirection.INCREASE ? Variation.IMPROVEMENT_HIGH : Variation.IMPROVEMENT_LOW;
            case SPECIAL_CAUSE_CONCERN ->
                improvement == ImprovementDirection.INCREASE ? Variation.CONCERN_LOW : Variation.CONCERN_HIGH;
        };
    }

    /**
     * The assurance icon from the latest segment's limits (ptd_calculate_assurance_type.R): none without a target or
     * with a neutral direction; a target beyond a limit is consistently passed or failed; one within the limits
     * (inclusive) is hit and miss.
     */
    public Assurance assurance() {
        if (target.isEmpty() || improvement == ImprovementDirection.NEUTRAL) {
            return Assurance.NONE;
        }
        double t = target.getAsDouble();
        var last = latest();
        boolean higherIsBetter = improvement == ImprovementDirection.INCREASE;
        if (t > last.upl()) {
            return higherIsBetter ? Assurance.CONSISTENT_FAIL : Assurance.CONSISTENT_PASS;
        }
        if (t < last.lpl()) {
            return higherIsBetter ? Assurance.CONSISTENT_PASS : Assurance.CONSISTENT_FAIL;
        }
        return Assurance.INCONSISTENT;
    }

    /**
     * One point of the chart.
     *
     * @param index its position in the values, from 0
     * @param segment the segment it belongs to, from 0
     * @param nearLpl the value below which (and at or above the LPL) a point is in the lower near-limit band
     * @param nearUpl the value above which (and at or below the UPL) a point is in the upper near-limit band
     * @param rules every rule that flagged it, empty for common cause
     */
    public record Point(
            int index,
            double value,
            int segment,
            double mean,
            double lpl,
            double upl,
            double nearLpl,
            double nearUpl,
            PointType type,
            List<Rule> rules) {

        public Point {
            rules = List.copyOf(rules);
        }

        public Set<Rule> ruleSet() {
            return rules.isEmpty() ? Set.of() : EnumSet.copyOf(rules);
        }
    }

    /**
     * The points from one rebase to the next, with their own mean and limits.
     *
     * @param start the index of its first point
     * @param end the index after its last point
     * @param averageMovingRange the mean of |y<sub>i</sub> − y<sub>i−1</sub>| within the segment
     */
    public record Segment(int index, int start, int end, double mean, double averageMovingRange) {

        public Segment {
            if (end - start < 2) {
                throw new IllegalArgumentException("A segment needs at least 2 points");
            }
        }

        static Segment of(int index, int from, int to, double[] y) {
            double sum = 0;
            for (int i = from; i < to; i++) {
                sum += y[i];
            }
            double ranges = 0;
            for (int i = from + 1; i < to; i++) {
                ranges += Math.abs(y[i] - y[i - 1]);
            }
            return new Segment(index, from, to, sum / (to - from), ranges / (to - from - 1));
        }

        public int size() {
            return end - start;
        }

        public double lpl() {
            return mean - LIMIT * averageMovingRange;
        }

        public double upl() {
            return mean + LIMIT * averageMovingRange;
        }

        public double nearLpl() {
            return mean - NEAR_LIMIT * averageMovingRange;
        }

        public double nearUpl() {
            return mean + NEAR_LIMIT * averageMovingRange;
        }
    }

    /** The special-cause rules of methods.md §3.2. */
    public enum Rule {
        OUTSIDE_LIMITS,
        TREND,
        TWO_OF_THREE_NEAR_LIMITS,
        SHIFT;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A point's type, named as NHSRplotthedots names it. */
    public enum PointType {
        COMMON_CAUSE,
        SPECIAL_CAUSE_IMPROVEMENT,
        SPECIAL_CAUSE_CONCERN,
        SPECIAL_CAUSE_NEUTRAL_HIGH,
        SPECIAL_CAUSE_NEUTRAL_LOW;

        static PointType of(int highOrLow, ImprovementDirection improvement) {
            if (improvement == ImprovementDirection.NEUTRAL) {
                return highOrLow > 0 ? SPECIAL_CAUSE_NEUTRAL_HIGH : SPECIAL_CAUSE_NEUTRAL_LOW;
            }
            return highOrLow == improvement.sign() ? SPECIAL_CAUSE_IMPROVEMENT : SPECIAL_CAUSE_CONCERN;
        }

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The variation icon with its Making Data Count colour (ptd_spc_colours.R). */
    public enum Variation {
        COMMON_CAUSE("#a6a6a6"),
        IMPROVEMENT_HIGH("#00b0f0"),
        IMPROVEMENT_LOW("#00b0f0"),
        CONCERN_HIGH("#e46c0a"),
        CONCERN_LOW("#e46c0a"),
        NEUTRAL_HIGH("#490092"),
        NEUTRAL_LOW("#490092");

        private final String colour;

        Variation(String colour) {
            this.colour = colour;
        }

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public String colour() {
            return colour;
        }
    }

    /**
     * The assurance icon. Colours follow the Making Data Count icons: a pass blue as improvement, a fail orange as
     * concern, hit and miss grey as common cause; no icon has no colour.
     */
    public enum Assurance {
        CONSISTENT_PASS("#00b0f0"),
        CONSISTENT_FAIL("#e46c0a"),
        INCONSISTENT("#a6a6a6"),
        NONE(null);

        private final String colour;

        Assurance(String colour) {
            this.colour = colour;
        }

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The colour, or null for {@link #NONE}. */
        public String colour() {
            return colour;
        }
    }
}
