package org.saferplan.statistics;

/**
 * A proportion estimated from weighted answers, with the design effect of weighting (Kish 1992, methods.md §7):
 * {@code deff = n Σw² / (Σw)²} and effective sample size {@code n_eff = (Σw)² / Σw²}. The estimate is
 * {@code Σw·chosen / Σw}; its Wilson interval uses {@code n_eff}, so weighting widens it as it should. Without
 * weights (all 1) deff is 1 and n_eff is n.
 *
 * @param n the answers (unweighted)
 * @param chosen the answers in the chosen categories (unweighted)
 * @param estimate the weighted proportion, 0 to 1
 * @param designEffect Kish's deff, at least 1
 * @param effectiveN {@code n / deff}
 * @param interval the 95% Wilson interval on {@code effectiveN}
 */
public record WeightedProportion(
        int n, int chosen, double estimate, double designEffect, double effectiveN, Interval interval) {

    /** From each answer's weight (positive) and whether it is in the chosen categories. */
    public static WeightedProportion of(double[] weights, boolean[] isChosen) {
        if (weights.length != isChosen.length) {
            throw new IllegalArgumentException(
                    "Each answer needs one weight: " + weights.length + " weights for " + isChosen.length + " answers");
        }
        if (weights.length == 0) {
            throw new IllegalArgumentException("A proportion needs at least one answer");
        }
        double sum = 0;
        double sumSquares = 0;
        double sumChosen = 0;
        int chosen = 0;
        for (int i = 0; i < weights.length; i++) {
            double w = weights[i];
            if (!(w > 0) || !Double.isFinite(w)) {
                throw new IllegalArgumentException("Weights must be positive numbers, not " + w);
            }
            sum += w;
            sumSquares += w * w;
            if (isChosen[i]) {
                sumChosen += w;
                chosen++;
            }
        }
        int n = weights.length;
        double deff = n * sumSquares / (sum * sum);
        double effective = sum * sum / sumSquares;
        double estimate = Math.min(1, sumChosen / sum);
        return new WeightedProportion(n, chosen, estimate, deff, effective, WilsonInterval.of(estimate, effective));
    }
}
