package org.saferplan.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.saferplan.statistics.FunnelComparison.Verdict;

class FunnelComparisonTests {

    private static final ConfidenceLevel P95 = ConfidenceLevel.NINETY_FIVE;
    private static final ConfidenceLevel P998 = ConfidenceLevel.NINETY_NINE_POINT_EIGHT;

    /*
     * Focal 600 in 100,000 (6 per 1,000). Peers 400, 600 and 500, each in 100,000 (4, 6 and 5 per 1,000).
     * Pooled peer rate r̄ = 1,500 / 300,000 = 0.005 per person = 5 per 1,000; mean of peer rates (4 + 6 + 5) / 3 = 5.
     * At N = 100,000: √(r̄/N) = √(5 × 10⁻⁸) = 2.2361 × 10⁻⁴ per person = 0.22361 per 1,000.
     * 95%: 5 ± 1.959964 × 0.22361 = 5 ± 0.43826 → 4.5617 to 5.4383. 99.8%: 5 ± 3.090232 × 0.22361 = 5 ± 0.69100 →
     * 4.3090 to 5.6910. 6 is above both: significantly higher at 95% and at 99.8%.
     * Rates 6 (focal), 4, 6, 5: two are lower, so rank 3 of 4 (tied with the peer at 6); quartile ⌈4 × 3 / 4⌉ = 3.
     */
    @Test
    void comparesWithThePooledPeerRateByFunnelLimits() {
        var comparison = FunnelComparison.of(
                new Rate(600, 100_000),
                List.of(new Rate(400, 100_000), new Rate(600, 100_000), new Rate(500, 100_000)));
        assertThat(comparison.pooledPeerRate()).isCloseTo(5, within(1e-12));
        assertThat(comparison.meanOfPeerRates()).isCloseTo(5, within(1e-12));
        assertThat(comparison.limits(P95).lower()).isCloseTo(4.5617, within(1e-4));
        assertThat(comparison.limits(P95).upper()).isCloseTo(5.4383, within(1e-4));
        assertThat(comparison.limits(P998).lower()).isCloseTo(4.3090, within(1e-4));
        assertThat(comparison.limits(P998).upper()).isCloseTo(5.6910, within(1e-4));
        assertThat(comparison.verdict(P95)).isEqualTo(Verdict.SIGNIFICANTLY_HIGHER);
        assertThat(comparison.verdict(P998)).isEqualTo(Verdict.SIGNIFICANTLY_HIGHER);
        assertThat(comparison.rank()).isEqualTo(3);
        assertThat(comparison.quartile()).isEqualTo(3);
    }

    /*
     * Same peers: z = (r_i − r̄) / √(r̄/N_i) = (0.004 − 0.005) / 2.2361 × 10⁻⁴ = −4.4721, 0 and +4.4721; χ² = 20 + 0 + 20 =
     * 40 on 3 − 1 = 2 df, φ = 20. Widened: √(φ r̄ / N) = √(10⁻⁶) = 0.001 per person = 1 per 1,000, so the 95% limits are
     * 5 ± 1.96 = 3.04 to 6.96 and 99.8% 5 ± 3.09: the focal 6 is not significantly different.
     */
    @Test
    void widensTheLimitsForOverdispersedPeers() {
        var comparison = FunnelComparison.withOverdispersion(
                new Rate(600, 100_000),
                List.of(new Rate(400, 100_000), new Rate(600, 100_000), new Rate(500, 100_000)));
        assertThat(comparison.overdispersionFactor().getAsDouble()).isCloseTo(20, within(1e-9));
        assertThat(comparison.limits(P95).lower()).isCloseTo(5 - 1.959964, within(1e-6));
        assertThat(comparison.limits(P95).upper()).isCloseTo(5 + 1.959964, within(1e-6));
        assertThat(comparison.verdict(P95)).isEqualTo(Verdict.NOT_SIGNIFICANTLY_DIFFERENT);
        assertThat(comparison.verdict(P998)).isEqualTo(Verdict.NOT_SIGNIFICANTLY_DIFFERENT);
    }

    /*
     * Focal 450 in 100,000 (4.5 per 1,000) against peers at 5: below 4.5617 (95%) but not below 4.3090 (99.8%).
     * Rates 4.5 (focal), 4, 6, 5: one is lower, so rank 2 of 4, quartile ⌈4 × 2 / 4⌉ = 2.
     */
    @Test
    void aLowerRateCanBeSignificantAtNinetyFiveButNotAtNinetyNinePointEight() {
        var comparison = FunnelComparison.of(
                new Rate(450, 100_000),
                List.of(new Rate(400, 100_000), new Rate(600, 100_000), new Rate(500, 100_000)));
        assertThat(comparison.verdict(P95)).isEqualTo(Verdict.SIGNIFICANTLY_LOWER);
        assertThat(comparison.verdict(P998)).isEqualTo(Verdict.NOT_SIGNIFICANTLY_DIFFERENT);
        assertThat(comparison.verdict().words()).isEqualTo("significantly lower");
        assertThat(comparison.rank()).isEqualTo(2);
        assertThat(comparison.quartile()).isEqualTo(2);
    }

    @Test
    void overdispersionBelowOneOrWithOnePeerChangesNothing() {
        var single = FunnelComparison.withOverdispersion(new Rate(50, 10_000), List.of(new Rate(40, 10_000)));
        assertThat(single.overdispersionFactor()).isEmpty();
        assertThat(single.varianceInflation()).isEqualTo(1);
        var alike = FunnelComparison.withOverdispersion(
                new Rate(50, 10_000), List.of(new Rate(40, 10_000), new Rate(40, 10_000)));
        assertThat(alike.overdispersionFactor().getAsDouble()).isZero();
        assertThat(alike.varianceInflation()).isEqualTo(1);
    }

    @Test
    void refusesAComparisonWithoutPeersOrWithPeersThatRecordedNothing() {
        assertThatIllegalArgumentException().isThrownBy(() -> FunnelComparison.of(new Rate(1, 10), List.of()));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> FunnelComparison.of(new Rate(1, 10), List.of(new Rate(0, 10))))
                .withMessageContaining("recorded nothing");
    }
}
