package org.saferplan.statistics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Getis-Ord Gi* hot and cold spots (methods.md §5; Getis &amp; Ord 1992, Ord &amp; Getis 1995, as in GeoDa and ArcGIS;
 * a published method, not SaferPlan's own). For area i with weights w<sub>ij</sub> that include i itself:
 * <pre>
 * z_i = (Σ_j w_ij x_j − X̄ Σ_j w_ij) / (S √[(n Σ_j w_ij² − (Σ_j w_ij)²) / (n − 1)])
 * </pre>
 * with X̄ the mean and S = √(Σx²/n − X̄²) over all n areas. |z| above 1.96, 2.58 and 3.29 marks a hot (z &gt; 0) or cold
 * spot at 95%, 99% and 99.9%. These are the normal-theory bands; no permutation test and no correction for testing
 * many areas is made here, so with many areas some spots at 95% are expected by chance (§5 design note).
 *
 * @param zScores one z-score per area, in the order of the values
 */
public record GetisOrdGi(List<Double> zScores) {

    public GetisOrdGi {
        zScores = List.copyOf(zScores);
    }

    /**
     * @param values one count (or rate) per area
     * @param weights for each area, its neighbours' indexes and weights, itself included
     */
    public static GetisOrdGi of(List<Double> values, List<Map<Integer, Double>> weights) {
        int n = values == null ? 0 : values.size();
        if (n < 3) {
            throw new IllegalArgumentException("Gi* needs at least 3 areas, not " + n);
        }
        if (weights == null || weights.size() != n) {
            throw new IllegalArgumentException("Gi* needs one row of weights per area");
        }
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < n; i++) {
            Double x = values.get(i);
            if (x == null || !Double.isFinite(x) || x < 0) {
                throw new IllegalArgumentException("Area " + i + " needs a finite value not below 0, not " + x);
            }
            sum += x;
            squares += x * x;
        }
        double mean = sum / n;
        double s = Math.sqrt(Math.max(0, squares / n - mean * mean));
        if (s == 0) {
            throw new IllegalArgumentException("Every area has the same value, so Gi* is undefined (no spread)");
        }
        var zScores = new ArrayList<Double>();
        for (int i = 0; i < n; i++) {
            var row = weights.get(i);
            if (row == null || !row.containsKey(i)) {
                throw new IllegalArgumentException("Area " + i + "'s weights must include itself (Gi*)");
            }
            double weighted = 0;
            double w = 0;
            double w2 = 0;
            for (var entry : row.entrySet()) {
                int j = entry.getKey();
                double wij = entry.getValue();
                if (j < 0 || j >= n) {
                    throw new IllegalArgumentException("Area " + i + " has a neighbour " + j + " that is not an area");
                }
                if (!Double.isFinite(wij) || wij < 0) {
                    throw new IllegalArgumentException("Area " + i + " has a weight " + wij + " that is not >= 0");
                }
                weighted += wij * values.get(j);
                w += wij;
                w2 += wij * wij;
            }
            double spread = (n * w2 - w * w) / (n - 1);
            if (!(spread > 0)) {
                throw new IllegalArgumentException("Area " + i + " weights every area alike, so its Gi* is undefined");
            }
            zScores.add((weighted - mean * w) / (s * Math.sqrt(spread)));
        }
        return new GetisOrdGi(zScores);
    }

    /**
     * Binary contiguity weights: 1 for the area itself and each neighbour, none otherwise.
     *
     * @param areas the areas in the order of the values
     * @param neighbours each area's neighbours; the relation must be symmetric and name only listed areas
     */
    public static List<Map<Integer, Double>> binaryWeights(List<String> areas, Map<String, Set<String>> neighbours) {
        var index = new HashMap<String, Integer>();
        for (int i = 0; i < areas.size(); i++) {
            if (index.put(areas.get(i), i) != null) {
                throw new IllegalArgumentException("Area " + areas.get(i) + " is listed twice");
            }
        }
        for (var entry : neighbours.entrySet()) {
            if (!index.containsKey(entry.getKey())) {
                throw new IllegalArgumentException(
                        "Neighbours are given for " + entry.getKey() + ", which is not one of the areas");
            }
            for (var other : entry.getValue()) {
                if (!index.containsKey(other)) {
                    throw new IllegalArgumentException(
                            entry.getKey() + " neighbours " + other + ", which is not one of the areas");
                }
                if (!neighbours.getOrDefault(other, Set.of()).contains(entry.getKey())) {
                    throw new IllegalArgumentException(entry.getKey() + " neighbours " + other + " but " + other
                            + " does not neighbour " + entry.getKey());
                }
            }
        }
        var weights = new ArrayList<Map<Integer, Double>>();
        for (int i = 0; i < areas.size(); i++) {
            var row = new LinkedHashMap<Integer, Double>();
            row.put(i, 1.0);
            for (var other : neighbours.getOrDefault(areas.get(i), Set.of())) {
                row.put(index.get(other), 1.0);
            }
            weights.add(Map.copyOf(row));
        }
        return List.copyOf(weights);
    }

    public double z(int area) {
        return zScores.get(area);
    }

    public Band band(int area) {
        return Band.of(z(area));
    }

    /** The significance bands of methods.md §5. */
    public enum Band {
        HOT_SPOT_99_9("Hot spot, 99.9% confidence"),
        HOT_SPOT_99("Hot spot, 99% confidence"),
        HOT_SPOT_95("Hot spot, 95% confidence"),
        NOT_SIGNIFICANT("Not significant"),
        COLD_SPOT_95("Cold spot, 95% confidence"),
        COLD_SPOT_99("Cold spot, 99% confidence"),
        COLD_SPOT_99_9("Cold spot, 99.9% confidence");

        private final String label;

        Band(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public static Band of(double z) {
            double a = Math.abs(z);
            if (a > 3.29) {
                return z > 0 ? HOT_SPOT_99_9 : COLD_SPOT_99_9;
            }
            if (a > 2.58) {
                return z > 0 ? HOT_SPOT_99 : COLD_SPOT_99;
            }
            if (a > 1.96) {
                return z > 0 ? HOT_SPOT_95 : COLD_SPOT_95;
            }
            return NOT_SIGNIFICANT;
        }
    }
}
