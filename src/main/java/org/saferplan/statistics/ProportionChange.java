package org.saferplan.statistics;

/**
 * Change in a proportion between two independent samples (two survey waves), by the pooled two-proportion z-test
 * of methods.md §7: {@code p̂ = (x1 + x2) / (n1 + n2)}, {@code z = (p2 − p1) / √(p̂(1 − p̂)(1/n1 + 1/n2))}, with the
 * difference's 95% interval {@code (p2 − p1) ± z√(p1(1−p1)/n1 + p2(1−p2)/n2)}. With weights, n is each wave's
 * effective sample size. A change is called significant only when |z| exceeds the 95% two-sided quantile (1.96).
 * Worked example of methods.md §7: 10% of 2,619 then 13% of 2,500 gives z = 3.37, significant.
 */
public record ProportionChange(
        double p1,
        double n1,
        double p2,
        double n2,
        double z,
        double pValue,
        double difference,
        Interval differenceInterval) {

    public static ProportionChange of(double p1, double n1, double p2, double n2) {
        for (double p : new double[] {p1, p2}) {
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("A proportion lies between 0 and 1, not " + p);
            }
        }
        if (!(n1 > 0) || !(n2 > 0)) {
            throw new IllegalArgumentException("Both waves need answers: n1 = " + n1 + ", n2 = " + n2);
        }
        double pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
        double se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
        double difference = p2 - p1;
        double z = se == 0 ? 0 : difference / se;
        double criticalZ = ConfidenceLevel.NINETY_FIVE.z();
        double seDifference = Math.sqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2);
        return new ProportionChange(
                p1,
                n1,
                p2,
                n2,
                z,
                Distributions.normalTwoSidedP(z),
                difference,
                new Interval(difference - criticalZ * seDifference, difference + criticalZ * seDifference));
    }

    /** True when the change is significant at the 95% level (|z| > 1.96). */
    public boolean significant() {
        return Math.abs(z) > ConfidenceLevel.NINETY_FIVE.z();
    }

    /** "a significant rise", "a significant fall" or "no significant change". */
    public String verdict() {
        if (!significant()) {
            return "no significant change";
        }
        return difference > 0 ? "a significant rise" : "a significant fall";
    }
}
