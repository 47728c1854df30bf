package org.saferplan.statistics;

/**
 * Whether a count changed between two periods, by the tests of methods.md §4.2 (Wheeler 2018, "Testing changes in
 * short run crime patterns: the Poisson e-test", andrewpwheeler.com; Krishnamoorthy &amp; Thomson 2004 for the
 * conditional test). Published statistical methods, not SaferPlan's own; the wording rule of
 * {@link #directionInWords()} is SaferPlan's.
 *
 * <ul>
 *   <li>Wheeler's Poisson z, {@code 2(√current − √past)}, for two periods of equal length and population: about
 *       standard normal, notable at |z| &gt; 2 (≈ 95%) and, for routine monitoring, |z| &gt; 3. Example: 16 → 25
 *       robberies gives z = 2, not notable.</li>
 *   <li>The conditional (C-) test for periods of different length or population: given n = past + current, the
 *       current count is Binomial(n, t<sub>current</sub> / (t<sub>past</sub> + t<sub>current</sub>)) if the rate did
 *       not change. The two-sided exact p-value sums the probabilities of every outcome no more likely than the one
 *       observed, as R's {@code binom.test} and {@code poisson.test} do.</li>
 * </ul>
 *
 * @param past the earlier count
 * @param pastExposure the earlier period's length × population (any unit, the same for both)
 * @param current the later count
 * @param currentExposure the later period's length × population
 */
public record CountChange(long past, double pastExposure, long current, double currentExposure) {

    /** Wheeler's threshold for a notable change, about 95%. */
    public static final double NOTABLE_Z = 2;
    /** Wheeler's threshold for routine monitoring. */
    public static final double MONITORING_Z = 3;

    public CountChange {
        if (past < 0 || current < 0) {
            throw new IllegalArgumentException("Counts cannot be negative: " + past + ", " + current);
        }
        if (!(pastExposure > 0)
                || !(currentExposure > 0)
                || !Double.isFinite(pastExposure)
                || !Double.isFinite(currentExposure)) {
            throw new IllegalArgumentException("Each period needs an exposure (length × population) above zero");
        }
        if (past + current > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("Counts too large for the exact test: " + past + " + " + current);
        }
    }

    /** Two counts over periods of equal length and population. */
    public static CountChange of(long past, long current) {
        return new CountChange(past, 1, current, 1);
    }

    public boolean equalExposure() {
        return pastExposure == currentExposure;
    }

    /**
     * Wheeler's z. Only for equal periods: with different exposures the counts are not comparable this way, so this
     * refuses and {@link #exactPValue()} is the test to use.
     */
    public double wheelerZ() {
        if (!equalExposure()) {
            throw new IllegalStateException("Wheeler's z compares counts over equal periods; use the exact test");
        }
        return 2 * (Math.sqrt(current) - Math.sqrt(past));
    }

    /** How notable Wheeler's z is: |z| &gt; 3, |z| &gt; 2, or neither. */
    public Notability wheelerNotability() {
        double z = Math.abs(wheelerZ());
        return z > MONITORING_Z ? Notability.BEYOND_3 : z > NOTABLE_Z ? Notability.BEYOND_2 : Notability.NOT_NOTABLE;
    }

    /** The expected share of the total in the current period if the rate did not change. */
    public double currentShareIfUnchanged() {
        return currentExposure / (pastExposure + currentExposure);
    }

    /** The two-sided p-value of the conditional exact binomial test. */
    public double exactPValue() {
        int n = (int) (past + current);
        if (n == 0) {
            return 1;
        }
        var binomial = Distributions.binomial(n, currentShareIfUnchanged());
        double observed = binomial.probability((int) current);
        double tolerance = 1 + 1e-7;
        double p = 0;
        for (int k = 0; k <= n; k++) {
            double probability = binomial.probability(k);
            if (probability <= observed * tolerance) {
                p += probability;
            }
        }
        return Math.min(1, p);
    }

    /** The change in the rate per unit of exposure, later over earlier (1 means no change). */
    public double rateRatio() {
        return (current / currentExposure) / (past / pastExposure);
    }

    /**
     * "increased" or "decreased" only when the exact test is significant at 95% (p &lt; 0.05), otherwise "no
     * significant change": a percentage change alone is never reported as a rise or fall.
     */
    public String directionInWords() {
        return inWords(current / currentExposure - past / pastExposure, exactPValue() < 0.05);
    }

    /** The wording rule on its own, for any difference and test. */
    public static String inWords(double difference, boolean significantAt95) {
        if (!significantAt95 || difference == 0) {
            return "no significant change";
        }
        return difference > 0 ? "increased" : "decreased";
    }

    /** How notable Wheeler's z is. */
    public enum Notability {
        NOT_NOTABLE,
        /** |z| &gt; 2, about p &lt; 0.05. */
        BEYOND_2,
        /** |z| &gt; 3, Wheeler's threshold for routine monitoring. */
        BEYOND_3
    }
}
