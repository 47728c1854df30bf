package org.saferplan.statistics;

/**
 * The Wilson score confidence interval for a proportion x / n (Wilson 1927; the interval Newcombe 1998 and the
 * Public Health England "Technical Guide: confidence intervals" recommend for proportions):
 * {@code (p + z²/2n ± z √(p(1 − p)/n + z²/4n²)) / (1 + z²/n)} with {@code p = x / n}. Unlike the normal
 * approximation it never leaves [0, 1] and behaves at 0 and n successes. An official convention, not a SaferPlan
 * method.
 *
 * @param successes x, between 0 and n
 * @param trials n, at least 1
 */
public record WilsonInterval(long successes, long trials, ConfidenceLevel level) {

    public WilsonInterval {
        if (trials < 1) {
            throw new IllegalArgumentException("A proportion needs at least one trial, not " + trials);
        }
        if (successes < 0 || successes > trials) {
            throw new IllegalArgumentException("The successes must lie between 0 and " + trials + ", not "
                    + successes);
        }
        if (level == null) {
            throw new IllegalArgumentException("A confidence level is needed");
        }
    }

    /** The 95% interval. */
    public static WilsonInterval of(long successes, long trials) {
        return new WilsonInterval(successes, trials, ConfidenceLevel.NINETY_FIVE);
    }

    public double proportion() {
        return (double) successes / trials;
    }

    public double lower() {
        return successes == 0 ? 0 : Math.max(0, centre() - halfWidth());
    }

    public double upper() {
        return successes == trials ? 1 : Math.min(1, centre() + halfWidth());
    }

    public Interval interval() {
        return new Interval(lower(), upper());
    }

    private double centre() {
        double z2 = level.z() * level.z();
        return (proportion() + z2 / (2.0 * trials)) / (1 + z2 / trials);
    }

    private double halfWidth() {
        double z = level.z();
        double p = proportion();
        double n = trials;
        return z / (1 + z * z / n) * Math.sqrt(p * (1 - p) / n + z * z / (4 * n * n));
    }
}
