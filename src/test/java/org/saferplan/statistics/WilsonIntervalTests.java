package org.saferplan.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WilsonIntervalTests {

    /*
     * By hand, x = 12, n = 50, z = 1.959964 (z² = 3.841459): p = 0.24; 1 + z²/n = 1.076829;
     * centre = (0.24 + 0.038415) / 1.076829 = 0.258550; half-width = 1.959964 / 1.076829
     * × √(0.24 × 0.76 / 50 + 3.841459 / 10,000) = 1.820126 × √0.004032146 = 0.115576;
     * so 0.142974 to 0.374127.
     */
    @Test
    void reproducesAHandWorkedExample() {
        var interval = WilsonInterval.proportion(12, 50);
        assertThat(interval.proportion()).isEqualTo(0.24);
        assertThat(interval.lower()).isCloseTo(0.142974, within(1e-6));
        assertThat(interval.upper()).isCloseTo(0.374127, within(1e-6));
    }

    /* With no successes the lower bound is 0 and the upper z² / (n + z²) = 3.841459 / 23.841459 = 0.161125. */
    @Test
    void staysInsideZeroAndOneAtTheEdges() {
        assertThat(WilsonInterval.proportion(0, 20).lower()).isZero();
        assertThat(WilsonInterval.proportion(0, 20).upper()).isCloseTo(0.161125, within(1e-6));
        assertThat(WilsonInterval.proportion(20, 20).upper()).isEqualTo(1);
        assertThat(WilsonInterval.proportion(20, 20).lower()).isCloseTo(1 - 0.161125, within(1e-6));
    }

    @Test
    void aWiderLevelGivesAWiderInterval() {
        var narrow = WilsonInterval.proportion(1, 3);
        var wide = WilsonInterval.proportion(1, 3, ConfidenceLevel.NINETY_NINE_POINT_EIGHT);
        assertThat(narrow.lower()).isCloseTo(0.061492, within(1e-6));
        assertThat(narrow.upper()).isCloseTo(0.792340, within(1e-6));
        assertThat(wide.lower()).isLessThan(narrow.lower());
        assertThat(wide.upper()).isGreaterThan(narrow.upper());
    }

    @Test
    void refusesImpossibleCounts() {
        assertThatIllegalArgumentException().isThrownBy(() -> WilsonInterval.proportion(0, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> WilsonInterval.proportion(5, 4));
        assertThatIllegalArgumentException().isThrownBy(() -> WilsonInterval.proportion(-1, 4));
    }
}
