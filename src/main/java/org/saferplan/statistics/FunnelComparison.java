package org.saferplan.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * How one area's rate compares with its peers' (a Most Similar Group, CIPFA neighbours or any comparison group).
 * SaferPlan's method, as methods.md §2.2 recommends it: there is no public description of iQuanta's rule, so this
 * does not claim to match iQuanta. It is a funnel plot (Spiegelhalter 2005, "Funnel plots for comparing institutional
 * performance", Statistics in Medicine 24:1185–1202) with rank and quartile as LG Inform shows them (§2.3).
 *
 * <ul>
 *   <li>Peer average r̄ = Σ peer counts / Σ peer populations (pooled), the focal area excluded; the unweighted mean of
 *       the peers' rates is reported beside it, as peer "average" lines usually show it.</li>
 *   <li>Funnel limits at the focal population N: r̄ ± z √(φ r̄ / N) (r̄ per person, shown per 1,000; the lower limit
 *       not below 0), z = 1.959964 for 95% and 3.090232 for 99.8%.</li>
 *   <li>Overdispersion φ = χ² / df over the peers, χ² = Σ z<sub>i</sub>², z<sub>i</sub> = (r<sub>i</sub> − r̄) /
 *       √(r̄ / N<sub>i</sub>), df = peers − 1 (one parameter, r̄, is estimated from them). It is applied only when asked
 *       and only when above 1; otherwise φ = 1.</li>
 *   <li>Verdict: significantly higher when the focal rate lies above the upper limit, lower when below the lower limit,
 *       otherwise not significantly different, at each level. The verdict uses the funnel limits (so it agrees with
 *       the chart and can allow for overdispersion), not the focal area's own exact interval.</li>
 *   <li>Rank among all areas, focal included: 1 is the lowest rate, tied areas share the best rank; quartile
 *       ⌈4 × rank / areas⌉, so quartile 1 holds the lowest rates.</li>
 * </ul>
 *
 * @param focal the area compared
 * @param peers the comparison group, without the focal area
 * @param overdispersionApplied whether φ &gt; 1 widened the limits
 */
public record FunnelComparison(Rate focal, List<Rate> peers, boolean overdispersionApplied) {

    public FunnelComparison {
        if (focal == null) {
            throw new IllegalArgumentException("The focal area is needed");
        }
        if (peers == null || peers.isEmpty()) {
            throw new IllegalArgumentException("A comparison needs at least one peer");
        }
        peers = List.copyOf(peers);
        if (peers.stream().mapToLong(Rate::count).sum() == 0) {
            throw new IllegalArgumentException(
                    "The peers recorded nothing, so their average rate is 0 and" + " funnel limits cannot be drawn");
        }
    }

    /** The comparison without overdispersion. */
    public static FunnelComparison of(Rate focal, List<Rate> peers) {
        return new FunnelComparison(focal, peers, false);
    }

    /** The comparison with limits widened by φ when the peers are overdispersed (φ &gt; 1). */
    public static FunnelComparison withOverdispersion(Rate focal, List<Rate> peers) {
        return new FunnelComparison(focal, peers, true);
    }

    /** The pooled peer rate per person. */
    public double peerRatePerPerson() {
        double count = peers.stream().mapToLong(Rate::count).sum();
        double population = peers.stream().mapToDouble(Rate::population).sum();
        return count / population;
    }

    /** The pooled peer rate per 1,000, the funnel's centre line. */
    public double pooledPeerRate() {
        return peerRatePerPerson() * 1000;
    }

    /** The unweighted mean of the peers' rates per 1,000. */
    public double meanOfPeerRates() {
        return peers.stream().mapToDouble(Rate::perThousand).average().orElseThrow();
    }

    /** φ = χ² / df over the peers; empty with a single peer (no degrees of freedom). */
    public OptionalDouble overdispersionFactor() {
        if (peers.size() < 2) {
            return OptionalDouble.empty();
        }
        double r = peerRatePerPerson();
        double chiSquared = 0;
        for (var peer : peers) {
            double z = (peer.perPerson() - r) / Math.sqrt(r / peer.population());
            chiSquared += z * z;
        }
        return OptionalDouble.of(chiSquared / (peers.size() - 1));
    }

    /** The factor the variance is multiplied by: φ when applied and above 1, else 1. */
    public double varianceInflation() {
        var phi = overdispersionFactor();
        return overdispersionApplied && phi.isPresent() && phi.getAsDouble() > 1 ? phi.getAsDouble() : 1;
    }

    /** The funnel limits per 1,000 at the focal area's population. */
    public Interval limits(ConfidenceLevel level) {
        double r = peerRatePerPerson();
        double half = level.z() * Math.sqrt(varianceInflation() * r / focal.population());
        return new Interval(Math.max(0, r - half), r + half).times(1000);
    }

    public Verdict verdict(ConfidenceLevel level) {
        var limits = limits(level);
        double rate = focal.perThousand();
        return limits.below(rate)
                ? Verdict.SIGNIFICANTLY_HIGHER
                : limits.above(rate) ? Verdict.SIGNIFICANTLY_LOWER : Verdict.NOT_SIGNIFICANTLY_DIFFERENT;
    }

    /** The verdict at 95%. */
    public Verdict verdict() {
        return verdict(ConfidenceLevel.NINETY_FIVE);
    }

    /** 1 + the number of areas (focal and peers) with a lower rate. */
    public int rank() {
        double rate = focal.perPerson();
        return 1 + (int) peers.stream().filter(peer -> peer.perPerson() < rate).count();
    }

    public int areas() {
        return peers.size() + 1;
    }

    /** 1 to 4, quartile 1 holding the lowest rates. */
    public int quartile() {
        return (int) Math.ceil(4.0 * rank() / areas());
    }

    /** Every area's rate per 1,000, the focal area first. */
    public List<Double> ratesPerThousand() {
        var rates = new ArrayList<Double>();
        rates.add(focal.perThousand());
        peers.forEach(peer -> rates.add(peer.perThousand()));
        return rates;
    }

    public enum Verdict {
        SIGNIFICANTLY_HIGHER("significantly higher"),
        SIGNIFICANTLY_LOWER("significantly lower"),
        NOT_SIGNIFICANTLY_DIFFERENT("not significantly different");

        private final String words;

        Verdict(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }
}
