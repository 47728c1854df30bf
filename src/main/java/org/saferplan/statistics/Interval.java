package org.saferplan.statistics;

/** A closed interval [lower, upper] of finite numbers, as every confidence interval and limit pair here is. */
public record Interval(double lower, double upper) {

    public Interval {
        if (!Double.isFinite(lower) || !Double.isFinite(upper)) {
            throw new IllegalArgumentException("An interval needs finite bounds, not [" + lower + ", " + upper + "]");
        }
        if (lower > upper) {
            throw new IllegalArgumentException("An interval's lower bound " + lower + " is above its upper " + upper);
        }
    }

    public boolean contains(double x) {
        return x >= lower && x <= upper;
    }

    /** True when the whole interval lies above x. */
    public boolean above(double x) {
        return lower > x;
    }

    /** True when the whole interval lies below x. */
    public boolean below(double x) {
        return upper < x;
    }

    Interval times(double factor) {
        return new Interval(lower * factor, upper * factor);
    }
}
