package org.saferplan.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SurveyStatisticsTests {

    /* methods.md §7: Dorset residents' survey, autumn 2020, 2,619 responses, 10% unsafe after dark: 8.91%–11.21%. */
    @Test
    void wilsonIntervalOfTheWorkedExample() {
        var interval = WilsonInterval.of(0.10, 2619);
        assertThat(interval.lower()).isCloseTo(0.0891, within(0.00005));
        assertThat(interval.upper()).isCloseTo(0.1121, within(0.00005));
    }

    /* Wilson stays inside 0..1 where p ± z·se would not: 0 of 20 gives 0 to 16.1% (z²/(n+z²) = 3.8415/23.8415). */
    @Test
    void wilsonIntervalOfNoneStaysAboveZero() {
        var interval = WilsonInterval.of(0, 20);
        assertThat(interval.lower()).isEqualTo(0.0);
        assertThat(interval.upper()).isCloseTo(3.8415 / 23.8415, within(0.0001));
    }

    @Test
    void refusesAProportionWithoutAnswers() {
        assertThatIllegalArgumentException().isThrownBy(() -> WilsonInterval.of(0.5, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> WilsonInterval.of(1.2, 10));
    }

    /*
     * Weights 1, 1, 2, 2 with the two weight-2 answers chosen: estimate 4/6 = 66.7%; Σw = 6, Σw² = 10,
     * deff = 4·10/36 = 1.111, n_eff = 36/10 = 3.6.
     */
    @Test
    void weightedEstimateWithKishDesignEffect() {
        var weighted = WeightedProportion.of(new double[] {1, 1, 2, 2}, new boolean[] {false, false, true, true});
        assertThat(weighted.estimate()).isCloseTo(4.0 / 6, within(1e-12));
        assertThat(weighted.designEffect()).isCloseTo(40.0 / 36, within(1e-12));
        assertThat(weighted.effectiveN()).isCloseTo(3.6, within(1e-12));
        assertThat(weighted.n()).isEqualTo(4);
        assertThat(weighted.chosen()).isEqualTo(2);
        var unweighted = WilsonInterval.of(4.0 / 6, 4);
        assertThat(weighted.interval().upper() - weighted.interval().lower())
                .isGreaterThan(unweighted.upper() - unweighted.lower());
    }

    /* Equal weights change nothing: deff 1 and n_eff = n. */
    @Test
    void equalWeightsHaveNoDesignEffect() {
        var weighted = WeightedProportion.of(new double[] {0.5, 0.5, 0.5}, new boolean[] {true, false, false});
        assertThat(weighted.designEffect()).isCloseTo(1.0, within(1e-12));
        assertThat(weighted.effectiveN()).isCloseTo(3.0, within(1e-12));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> WeightedProportion.of(new double[] {1, -1}, new boolean[] {true, false}));
    }

    /*
     * methods.md §7: 10% of 2,619 then 13% of 2,500. p̂ = (261.9 + 325)/5,119 = 0.114651;
     * se = √(0.114651 · 0.885349 · (1/2,619 + 1/2,500)) = 0.0089102; z = 0.03/0.0089102 = 3.367.
     */
    @Test
    void twoProportionTestOfTheWorkedExample() {
        var change = ProportionChange.of(0.10, 2619, 0.13, 2500);
        assertThat(change.z()).isCloseTo(3.367, within(0.001));
        assertThat(change.significant()).isTrue();
        assertThat(change.verdict()).isEqualTo("a significant rise");
        // difference ± 1.96 √(0.1·0.9/2,619 + 0.13·0.87/2,500) = 0.03 ± 1.96 · 0.0089221
        assertThat(change.differenceInterval().lower()).isCloseTo(0.03 - 1.959964 * 0.0089221, within(0.00001));
        assertThat(change.pValue()).isLessThan(0.001);
    }

    /* 76% of 2,619 then 75% of 151: z = −0.01/√(0.759455·0.240545·(1/2,619 + 1/151)) = −0.2796, no change. */
    @Test
    void smallDifferenceIsNoSignificantChange() {
        var change = ProportionChange.of(0.76, 2619, 0.75, 151);
        assertThat(change.z()).isCloseTo(-0.2796, within(0.0005));
        assertThat(change.verdict()).isEqualTo("no significant change");
        assertThat(ProportionChange.of(0.5, 1000, 0.44, 1000).verdict()).isEqualTo("a significant fall");
    }
}
