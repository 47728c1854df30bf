package org.saferplan.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HarmWeightingTests {

    private final HarmWeighting weighting =
            new HarmWeighting(Map.of("Burglary", 100.0, "Robbery", 365.0, "Shoplifting", 2.0));

    /* 10 × 100 + 2 × 365 + 50 × 2 = 1,000 + 730 + 100 = 1,830; per 1,000 of 61,000 people: 30. */
    @Test
    void sumsCountsTimesWeights() {
        var counts = new LinkedHashMap<String, Long>();
        counts.put("Burglary", 10L);
        counts.put("Robbery", 2L);
        counts.put("Shoplifting", 50L);
        var harm = weighting.total(counts);
        assertThat(harm.total()).isCloseTo(1830, within(1e-12));
        assertThat(harm.contributions())
                .extracting(HarmWeighting.Contribution::harm)
                .containsExactly(1000.0, 730.0, 100.0);
        assertThat(harm.shares().get("Robbery")).isCloseTo(730.0 / 1830, within(1e-12));
        assertThat(harm.perThousand(61_000)).isCloseTo(30, within(1e-12));
    }

    @Test
    void aTypeWithoutAWeightIsAnErrorNotZero() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> weighting.total(Map.of("Burglary", 1L, "Drugs", 4L)))
                .withMessageContaining("No harm weight for Drugs");
    }

    @Test
    void refusesNegativeWeightsAndCounts() {
        assertThatIllegalArgumentException().isThrownBy(() -> new HarmWeighting(Map.of("Burglary", -1.0)));
        assertThatIllegalArgumentException().isThrownBy(() -> weighting.total(Map.of("Burglary", -1L)));
    }
}
