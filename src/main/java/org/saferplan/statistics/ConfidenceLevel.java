package org.saferplan.statistics;

/**
 * A two-sided confidence level such as 95% ({@code 0.95}) or 99.8% ({@code 0.998}, the outer funnel limits of
 * Spiegelhalter 2005). The normal quantile is exact (1.959964 for 95%, 3.090232 for 99.8%), not the rounded 1.96 and
 * 3.09 of methods.md §2.2.
 */
public record ConfidenceLevel(double value) {

    public static final ConfidenceLevel NINETY_FIVE = new ConfidenceLevel(0.95);
    public static final ConfidenceLevel NINETY_NINE_POINT_EIGHT = new ConfidenceLevel(0.998);

    public ConfidenceLevel {
        if (!(value > 0 && value < 1)) {
            throw new IllegalArgumentException("A confidence level must lie between 0 and 1 (e.g. 0.95), not " + value);
        }
    }

    /** The probability left in each tail, (1 − level) / 2. */
    public double tail() {
        return (1 - value) / 2;
    }

    /** The standard normal quantile z with P(|Z| ≤ z) = level. */
    public double z() {
        return Distributions.normalQuantile(1 - tail());
    }

    /** As people read it: "95%", "99.8%". */
    public String label() {
        var percent = value * 100;
        return (percent == Math.rint(percent) ? String.valueOf((long) percent) : String.valueOf(round(percent))) + "%";
    }

    private static double round(double percent) {
        return Math.round(percent * 1000) / 1000.0;
    }
}
