package org.saferplan.statistics;

/**
 * The Wilson score interval for a proportion (methods.md §7): with {@code p} the observed proportion of {@code n}
 * answers, centre {@code (p + z²/2n) / (1 + z²/n)} and half-width {@code z √(p(1−p)/n + z²/4n²) / (1 + z²/n)}. It
 * stays inside 0 to 1 and behaves for p near 0 or 1 and for small groups, where the simple p ± z√(p(1−p)/n) does
 * not. With weights, {@code n} is the effective sample size ({@link WeightedProportion}). methods.md §7's worked
 * example: 10% of 2,619 gives 8.91% to 11.21%.
 */
public final class WilsonInterval {

    private WilsonInterval() {}

    /** The 95% interval of a proportion {@code p} (0 to 1) observed in {@code n} answers (n may be effective). */
    public static Interval of(double p, double n) {
        return of(p, n, ConfidenceLevel.NINETY_FIVE);
    }

    public static Interval of(double p, double n, ConfidenceLevel level) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("A proportion lies between 0 and 1, not " + p);
        }
        if (!(n > 0) || !Double.isFinite(n)) {
            throw new IllegalArgumentException("A proportion needs at least one answer, not n = " + n);
        }
        double z = level.z();
        double z2 = z * z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2 * n)) / denominator;
        double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator;
        return new Interval(Math.max(0, centre - half), Math.min(1, centre + half));
    }

    /** The 95% interval of {@code x} of {@code n}. */
    public static Interval of(long x, long n) {
        return proportion(x, n).interval();
    }

    /** {@code x} of {@code n} with its 95% interval. */
    public static Proportion proportion(long x, long n) {
        return proportion(x, n, ConfidenceLevel.NINETY_FIVE);
    }

    /**
     * {@code x} of {@code n} with its interval at the level; at 0 and at n successes the bound is exactly 0 or 1
     * (the formula gives it only up to rounding).
     */
    public static Proportion proportion(long x, long n, ConfidenceLevel level) {
        if (n < 1) {
            throw new IllegalArgumentException("A proportion needs at least one trial, not " + n);
        }
        if (x < 0 || x > n) {
            throw new IllegalArgumentException("A count lies between 0 and n = " + n + ", not " + x);
        }
        var interval = of((double) x / n, n, level);
        return new Proportion(x, n, new Interval(x == 0 ? 0 : interval.lower(), x == n ? 1 : interval.upper()));
    }

    /** A count of successes out of trials, with the Wilson interval of the proportion. */
    public record Proportion(long successes, long trials, Interval interval) {

        public double proportion() {
            return (double) successes / trials;
        }

        public double lower() {
            return interval.lower();
        }

        public double upper() {
            return interval.upper();
        }
    }
}
