package org.saferplan.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

class CovidCounterfactualTests {

    /* 100 a month from January 2017 to May 2020, except March 90, 100, 110 and May 120 in 2017–2019. */
    private static MonthlySeries series(YearMonth start, double march2020, double april2020, double may2020) {
        var values = new ArrayList<Double>();
        for (var month = start; !month.isAfter(YearMonth.of(2020, 5)); month = month.plusMonths(1)) {
            double value = 100;
            if (month.getYear() < 2020 && month.getMonthValue() == 3) {
                value = 90 + 10 * (month.getYear() - 2017);
            } else if (month.getYear() < 2020 && month.getMonthValue() == 5) {
                value = 120;
            } else if (month.equals(YearMonth.of(2020, 3))) {
                value = march2020;
            } else if (month.equals(YearMonth.of(2020, 4))) {
                value = april2020;
            } else if (month.equals(YearMonth.of(2020, 5))) {
                value = may2020;
            }
            values.add(value);
        }
        return new MonthlySeries(start, values);
    }

    /*
     * March: expected (90 + 100 + 110) / 3 = 100 over k = 3 years. Interval of the expected 100 ± 1.96 √(100/3) =
     * 100 ± 11.32; prediction interval 100 ± 1.96 √(100 + 100/3) = 100 ± 22.63 → 77.37 to 122.63. Observed 80: −20%,
     * outside the first but inside the second, so not called a change. April: 60 against 100, −40%, outside.
     * May: 125 against 120, +4.17%, inside.
     */
    @Test
    void comparesEachLockdownMonthWithTheSameMonthOfTheBaselineYears() {
        var result = CovidCounterfactual.of(series(YearMonth.of(2017, 1), 80, 60, 125));
        assertThat(result.months()).hasSize(3);
        var march = result.months().get(0);
        assertThat(march.month()).isEqualTo(YearMonth.of(2020, 3));
        assertThat(march.expected()).isCloseTo(100, within(1e-12));
        assertThat(march.baselineYears()).isEqualTo(3);
        assertThat(march.difference()).isCloseTo(-20, within(1e-12));
        assertThat(march.percentDifference().getAsDouble()).isCloseTo(-20, within(1e-12));
        assertThat(march.expectedInterval().lower()).isCloseTo(88.684, within(1e-3));
        assertThat(march.predictionInterval().lower()).isCloseTo(77.368, within(1e-3));
        assertThat(march.predictionInterval().upper()).isCloseTo(122.632, within(1e-3));
        assertThat(march.outside()).isFalse();
        var april = result.months().get(1);
        assertThat(april.percentDifference().getAsDouble()).isCloseTo(-40, within(1e-12));
        assertThat(april.outside()).isTrue();
        var may = result.months().get(2);
        assertThat(may.expected()).isCloseTo(120, within(1e-12));
        assertThat(may.percentDifference().getAsDouble()).isCloseTo(25.0 / 6, within(1e-9));
        assertThat(may.outside()).isFalse();
    }

    /*
     * From 2019 only one March (110) is there: k = 1, prediction interval 110 ± 1.96 √220 = 110 ± 29.07 → 80.93 to
     * 139.07: 85 is inside, 80 outside.
     */
    @Test
    void usesTheBaselineYearsThatAreThereAndSaysHowMany() {
        var march = CovidCounterfactual.of(series(YearMonth.of(2019, 1), 85, 60, 125))
                .months()
                .get(0);
        assertThat(march.baselineYears()).isEqualTo(1);
        assertThat(march.expected()).isCloseTo(110, within(1e-12));
        assertThat(march.predictionInterval().lower()).isCloseTo(110 - 1.959964 * Math.sqrt(220), within(1e-5));
        assertThat(march.outside()).isFalse();
        assertThat(CovidCounterfactual.of(series(YearMonth.of(2019, 1), 80, 60, 125))
                        .months()
                        .get(0)
                        .outside())
                .isTrue();
    }

    @Test
    void refusesAPeriodWithoutABaselineOrWithoutObservations() {
        var onlyRecent = series(YearMonth.of(2020, 1), 80, 60, 125);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CovidCounterfactual.of(onlyRecent))
                .withMessageContaining("MARCH");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CovidCounterfactual.of(
                        series(YearMonth.of(2017, 1), 1, 1, 1),
                        YearMonth.of(2020, 3),
                        YearMonth.of(2020, 7),
                        2017,
                        2019))
                .withMessageContaining("2020-06");
    }
}
