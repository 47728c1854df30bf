package org.saferplan.statistics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Harm-weighted crime: total = Σ count × weight over crime types (methods.md §6.1, the Cambridge Crime Harm Index of
 * Sherman, Neyroud &amp; Neyroud 2016, and the same sum as the ONS Crime Severity Score before it is divided by the
 * population). The formula is the published one; the weights are the caller's (CCHI days, ONS CSS weights or
 * SaferPlan's approximate police.uk category weights of §6.3), so say which index is used. A type without a weight
 * is an error, never counted as 0.
 *
 * @param weights harm weight per crime type, each finite and not below 0
 */
public record HarmWeighting(Map<String, Double> weights) {

    public HarmWeighting {
        if (weights == null || weights.isEmpty()) {
            throw new IllegalArgumentException("Harm weighting needs at least one weight");
        }
        for (var entry : weights.entrySet()) {
            if (entry.getKey() == null || entry.getKey().isBlank()) {
                throw new IllegalArgumentException("Every harm weight needs a crime type");
            }
            if (entry.getValue() == null || !Double.isFinite(entry.getValue()) || entry.getValue() < 0) {
                throw new IllegalArgumentException("The harm weight of " + entry.getKey()
                        + " must be a finite number not below 0, not " + entry.getValue());
            }
        }
        weights = Map.copyOf(weights);
    }

    /** The harm of these counts per type; every type counted must have a weight. */
    public Harm total(Map<String, Long> counts) {
        var missing = new TreeSet<String>();
        for (var type : counts.keySet()) {
            if (!weights.containsKey(type)) {
                missing.add(type);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("No harm weight for " + String.join(", ", missing));
        }
        var contributions = new ArrayList<Contribution>();
        for (var entry : new LinkedHashMap<>(counts).entrySet()) {
            if (entry.getValue() == null) {
                throw new IllegalArgumentException("No count for " + entry.getKey());
            }
            contributions.add(new Contribution(entry.getKey(), entry.getValue(), weights.get(entry.getKey())));
        }
        return new Harm(contributions);
    }

    /** One crime type's part of the total. */
    public record Contribution(String type, long count, double weight) {

        public Contribution {
            if (count < 0) {
                throw new IllegalArgumentException("The count of " + type + " cannot be negative, not " + count);
            }
        }

        public double harm() {
            return count * weight;
        }
    }

    /** The harm-weighted total and its parts. */
    public record Harm(List<Contribution> contributions) {

        public Harm {
            contributions = List.copyOf(contributions);
        }

        public double total() {
            return contributions.stream().mapToDouble(Contribution::harm).sum();
        }

        /** Each type's share of the total harm (0 to 1); empty when the total is 0. */
        public Map<String, Double> shares() {
            double total = total();
            var shares = new LinkedHashMap<String, Double>();
            if (total > 0) {
                contributions.forEach(c -> shares.put(c.type(), c.harm() / total));
            }
            return shares;
        }

        /** Harm per 1,000 population (the CHI rate of §6.1). */
        public double perThousand(double population) {
            if (!(population > 0) || !Double.isFinite(population)) {
                throw new IllegalArgumentException("A harm rate needs a population above zero, not " + population);
            }
            return total() / population * 1000;
        }
    }
}
