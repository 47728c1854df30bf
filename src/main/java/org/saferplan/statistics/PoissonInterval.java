package org.saferplan.statistics;

/**
 * The exact (Garwood) confidence interval for the mean of a Poisson count O, in the chi-squared form of methods.md
 * §2.1: {@code [χ²(α/2; 2O)/2, χ²(1−α/2; 2(O+1))/2]}, with the lower bound 0 when O = 0. Official convention (the
 * standard exact interval used by ONS and public health statistics; Garwood 1936), not a SaferPlan method.
 *
 * @param count the observed count O, not negative
 * @param level the confidence level, 95% unless asked otherwise
 */
public record PoissonInterval(long count, ConfidenceLevel level) {

    public PoissonInterval {
        if (count < 0) {
            throw new IllegalArgumentException("A count cannot be negative, not " + count);
        }
        if (level == null) {
            throw new IllegalArgumentException("A confidence level is needed");
        }
    }

    /** The 95% interval. */
    public static PoissonInterval of(long count) {
        return new PoissonInterval(count, ConfidenceLevel.NINETY_FIVE);
    }

    public static PoissonInterval of(long count, ConfidenceLevel level) {
        return new PoissonInterval(count, level);
    }

    public double lower() {
        return count == 0 ? 0 : Distributions.chiSquaredQuantile(level.tail(), 2.0 * count) / 2;
    }

    public double upper() {
        return Distributions.chiSquaredQuantile(1 - level.tail(), 2.0 * (count + 1)) / 2;
    }

    public Interval interval() {
        return new Interval(lower(), upper());
    }
}
