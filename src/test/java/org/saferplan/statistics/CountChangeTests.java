package org.saferplan.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.saferplan.statistics.CountChange.Notability;

class CountChangeTests {

    /* methods.md §4.2: 16 → 25 robberies, z = 2(√25 − √16) = 2(5 − 4) = 2: not beyond 2, so not notable. */
    @Test
    void wheelersExampleIsExactlyTwoAndNotNotable() {
        var change = CountChange.of(16, 25);
        assertThat(change.wheelerZ()).isEqualTo(2.0);
        assertThat(change.wheelerNotability()).isEqualTo(Notability.NOT_NOTABLE);
        assertThat(CountChange.of(4, 9).wheelerZ()).isEqualTo(2.0);
    }

    /* 25 → 64: 2(8 − 5) = 6; 36 → 16: 2(4 − 6) = −4. */
    @Test
    void gradesZBeyondTwoAndBeyondThree() {
        assertThat(CountChange.of(25, 64).wheelerNotability()).isEqualTo(Notability.BEYOND_3);
        assertThat(CountChange.of(36, 16).wheelerZ()).isEqualTo(-4.0);
        assertThat(CountChange.of(36, 16).wheelerNotability()).isEqualTo(Notability.BEYOND_3);
        // 20 → 30 gives 2(5.477 − 4.472) = 2.01, beyond 2 but not 3.
        assertThat(CountChange.of(20, 30).wheelerNotability()).isEqualTo(Notability.BEYOND_2);
    }

    /*
     * 10 → 20 over equal periods: given 30, the current count is Binomial(30, ½) under no change.
     * P(X ≥ 20) = Σ_{k=20..30} C(30, k) / 2^30 = 53,009,102 / 1,073,741,824 = 0.049369; two-sided (symmetric) 0.098737.
     */
    @Test
    void exactConditionalTestOfEqualPeriods() {
        var change = CountChange.of(10, 20);
        assertThat(change.exactPValue()).isCloseTo(2 * 53_009_102.0 / 1_073_741_824.0, within(1e-9));
        assertThat(change.directionInWords()).isEqualTo("no significant change");
    }

    /*
     * 10 in one month, then 45 in two: under no change the later share of 55 is 2/3 (36.7 expected), so 45 is high.
     * Two-sided p = 0.02106 (R: binom.test(45, 55, 2/3)). 20 in one month then 8 in two: p = 0.0000543.
     */
    @Test
    void exactConditionalTestOfPeriodsOfDifferentLength() {
        var rise = new CountChange(10, 1, 45, 2);
        assertThat(rise.exactPValue()).isCloseTo(0.0210598, within(1e-6));
        assertThat(rise.rateRatio()).isCloseTo(2.25, within(1e-12));
        assertThat(rise.directionInWords()).isEqualTo("increased");
        var fall = new CountChange(20, 1, 8, 2);
        assertThat(fall.exactPValue()).isCloseTo(5.434674e-5, within(1e-9));
        assertThat(fall.directionInWords()).isEqualTo("decreased");
        assertThatIllegalStateException().isThrownBy(rise::wheelerZ);
    }

    @Test
    void saysIncreasedOrDecreasedOnlyWhenSignificant() {
        assertThat(CountChange.inWords(5, false)).isEqualTo("no significant change");
        assertThat(CountChange.inWords(5, true)).isEqualTo("increased");
        assertThat(CountChange.inWords(-5, true)).isEqualTo("decreased");
        assertThat(CountChange.of(0, 0).directionInWords()).isEqualTo("no significant change");
    }

    @Test
    void refusesNegativeCountsAndEmptyPeriods() {
        assertThatIllegalArgumentException().isThrownBy(() -> CountChange.of(-1, 3));
        assertThatIllegalArgumentException().isThrownBy(() -> new CountChange(1, 0, 3, 1));
    }
}
