package org.saferplan.statistics;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;

/** The probability distributions the methods need, from Apache Commons Math (no random generator is created). */
final class Distributions {

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

    private Distributions() {}

    static double normalQuantile(double p) {
        return STANDARD_NORMAL.inverseCumulativeProbability(p);
    }

    /** Two-sided p-value of a standard normal z. */
    static double normalTwoSidedP(double z) {
        return 2 * STANDARD_NORMAL.cumulativeProbability(-Math.abs(z));
    }

    static double chiSquaredQuantile(double p, double degreesOfFreedom) {
        return new ChiSquaredDistribution(null, degreesOfFreedom).inverseCumulativeProbability(p);
    }

    /** P(X ≥ x) for X ~ χ²(df). */
    static double chiSquaredUpperTail(double x, double degreesOfFreedom) {
        return 1 - new ChiSquaredDistribution(null, degreesOfFreedom).cumulativeProbability(x);
    }

    static BinomialDistribution binomial(int trials, double p) {
        return new BinomialDistribution(null, trials, p);
    }
}
