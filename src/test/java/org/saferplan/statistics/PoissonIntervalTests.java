package org.saferplan.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PoissonIntervalTests {

    /* methods.md §2.1: O = 1,234, population 150,000 → 8.23 per 1,000, 95% CI 7.77–8.70. */
    @Test
    void reproducesTheWorkedExampleOfTheMethodsNotes() {
        var rate = new Rate(1234, 150_000);
        assertThat(rate.perThousand()).isCloseTo(8.2267, within(1e-4));
        var interval = rate.perThousandInterval();
        assertThat(interval.lower()).isCloseTo(7.77, within(0.005));
        assertThat(interval.upper()).isCloseTo(8.70, within(0.005));
        // χ²(0.025; 2468)/2 and χ²(0.975; 2470)/2, per 1,000 of 150,000 (checked with R's qchisq).
        assertThat(interval.lower()).isCloseTo(7.774011, within(1e-5));
        assertThat(interval.upper()).isCloseTo(8.698802, within(1e-5));
    }

    /* For O = 0 the lower bound is 0 and the upper is χ²(1 − α/2; 2)/2 = −ln(α/2): 3.689 at 95%, 6.908 at 99.8%. */
    @Test
    void aZeroCountHasALowerBoundOfZero() {
        var interval = PoissonInterval.of(0);
        assertThat(interval.lower()).isZero();
        assertThat(interval.upper()).isCloseTo(-Math.log(0.025), within(1e-7));
        assertThat(PoissonInterval.of(0, ConfidenceLevel.NINETY_NINE_POINT_EIGHT)
                        .upper())
                .isCloseTo(-Math.log(0.001), within(1e-7));
    }

    @Test
    void aWiderLevelGivesAWiderInterval() {
        var narrow = PoissonInterval.of(50).interval();
        var wide =
                PoissonInterval.of(50, ConfidenceLevel.NINETY_NINE_POINT_EIGHT).interval();
        assertThat(wide.lower()).isLessThan(narrow.lower());
        assertThat(wide.upper()).isGreaterThan(narrow.upper());
        assertThat(narrow.contains(50)).isTrue();
        assertThat(ConfidenceLevel.NINETY_NINE_POINT_EIGHT.z()).isCloseTo(3.090232, within(1e-6));
        assertThat(ConfidenceLevel.NINETY_NINE_POINT_EIGHT.label()).isEqualTo("99.8%");
        assertThat(ConfidenceLevel.NINETY_FIVE.label()).isEqualTo("95%");
    }

    @Test
    void refusesNegativeCountsAndPopulationsOfZero() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PoissonInterval.of(-1))
                .withMessageContaining("negative");
        assertThatIllegalArgumentException().isThrownBy(() -> new Rate(-1, 100)).withMessageContaining("negative");
        assertThatIllegalArgumentException().isThrownBy(() -> new Rate(5, 0)).withMessageContaining("population");
        assertThatIllegalArgumentException().isThrownBy(() -> new Rate(5, Double.NaN));
        assertThatIllegalArgumentException().isThrownBy(() -> new ConfidenceLevel(1.5));
    }
}
