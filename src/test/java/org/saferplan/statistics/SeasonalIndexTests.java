package org.saferplan.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.time.Month;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.saferplan.statistics.SeasonalIndex.Method;
import org.saferplan.statistics.SeasonalIndex.Season;

class SeasonalIndexTests {

    /* A pattern that sums to 12: low in winter, high in summer (June–August mean 1.1833). */
    private static final double[] PATTERN = {0.8, 0.85, 0.9, 0.95, 1.0, 1.1, 1.2, 1.25, 1.1, 1.0, 0.95, 0.9};

    private static MonthlySeries series(int months, double level, double trendPerMonth) {
        var values = new double[months];
        for (int t = 0; t < months; t++) {
            values[t] = (level + trendPerMonth * t) * PATTERN[t % 12];
        }
        return MonthlySeries.of(YearMonth.of(2019, 1), values);
    }

    /*
     * 100 × pattern for 4 years: every 2×12 centred moving average spans a whole year with its two half-weighted ends
     * in the same month, so it is exactly 100 and each ratio is the pattern itself. Months 7 to 42 have an average:
     * 3 ratios per calendar month.
     */
    @Test
    void recoversAKnownPatternFromFourYears() {
        var index = SeasonalIndex.of(series(48, 100, 0));
        assertThat(index.method()).isEqualTo(Method.RATIO_TO_MOVING_AVERAGE);
        for (var month : Month.values()) {
            assertThat(index.index(month)).isCloseTo(PATTERN[month.ordinal()], within(1e-9));
            assertThat(index.yearsBehind(month)).isEqualTo(3);
        }
        assertThat(index.indices().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(12, within(1e-9));
        assertThat(index.deseasonalise(series(48, 100, 0)).values())
                .allSatisfy(v -> assertThat(v).isCloseTo(100, within(1e-9)));
    }

    @Test
    void recoversTheKnownPatternWithinOneHundredthUnderATrend() {
        var index = SeasonalIndex.of(series(48, 200, 1));
        for (var month : Month.values()) {
            assertThat(index.index(month)).isCloseTo(PATTERN[month.ordinal()], within(0.01));
        }
    }

    /* Two years: each month's mean over 2 years over the mean of the monthly means (100) is the pattern. */
    @Test
    void usesTheSimpleMethodUnderThreeYears() {
        var index = SeasonalIndex.of(series(24, 100, 0));
        assertThat(index.method()).isEqualTo(Method.SIMPLE);
        assertThat(index.index(Month.AUGUST)).isCloseTo(1.25, within(1e-12));
        assertThat(index.yearsBehind(Month.AUGUST)).isEqualTo(2);
        var uneven = SeasonalIndex.of(series(30, 100, 0));
        assertThat(uneven.index(Month.JANUARY)).isCloseTo(0.8, within(1e-12));
        assertThat(uneven.yearsBehind(Month.JUNE)).isEqualTo(3);
        assertThat(uneven.yearsBehind(Month.JULY)).isEqualTo(2);
    }

    /*
     * 4 years of 100 × pattern: monthly totals 400 × pattern against 400 each; χ² = 400 Σ(pattern − 1)² = 400 × 0.21 =
     * 84 on 11 df, p far below 0.05, and summer's mean index 1.18 is the highest: "summer".
     */
    @Test
    void namesThePeakSeasonWhenTheMonthEffectIsSignificant() {
        var index = SeasonalIndex.of(series(48, 100, 0));
        assertThat(index.chiSquared()).isCloseTo(84, within(1e-9));
        assertThat(index.monthEffectSignificant()).isTrue();
        assertThat(index.seasonIndex(Season.SUMMER)).isCloseTo(3.55 / 3, within(1e-9));
        assertThat(index.peakSeason()).contains(Season.SUMMER);
        assertThat(Season.SUMMER.words()).isEqualTo("summer");
    }

    /* The same pattern on counts a tenth as large: χ² = 40 × 0.21 = 8.4 on 11 df, p ≈ 0.68, so no season is named. */
    @Test
    void namesNoSeasonWhenTheMonthEffectIsNotSignificant() {
        var index = SeasonalIndex.of(series(48, 10, 0));
        assertThat(index.chiSquared()).isCloseTo(8.4, within(1e-9));
        assertThat(index.monthEffectPValue()).isGreaterThan(0.05);
        assertThat(index.peakSeason()).isEmpty();
    }

    @Test
    void refusesLessThanAYearAndNegativeValues() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SeasonalIndex.of(series(11, 100, 0)))
                .withMessageContaining("12");
        assertThatIllegalArgumentException().isThrownBy(() -> MonthlySeries.of(YearMonth.of(2020, 1), 3, -1));
    }
}
