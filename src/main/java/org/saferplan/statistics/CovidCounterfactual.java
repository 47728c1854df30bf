package org.saferplan.statistics;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * What each lockdown month would have been without the pandemic, by the same-month baseline, option (a) of
 * methods.md §4.3 (Langton, Dixon &amp; Farrell 2021 and Dixon &amp; Farrell 2021 compare observed with expected in the
 * same way, with ARIMA expectations; this simplest option is SaferPlan's choice, not an official method).
 *
 * <p>Expected for a month = mean of the same calendar month over the baseline years (default 2017–2019) that the
 * series covers; at least one year is needed and {@link Month#baselineYears()} says how many stood behind it. No trend
 * ratio is applied. Two 95% intervals are given, following the design note of §4.2 (a k-year mean of Poisson counts
 * has variance expected / k):
 * <ul>
 *   <li>{@link Month#expectedInterval()}: expected ± 1.96 √(expected / k), the uncertainty of the baseline mean;</li>
 *   <li>{@link Month#predictionInterval()}: expected ± 1.96 √(expected + expected / k), where one month's observed
 *       count should fall if nothing changed: its own Poisson variance (the ± 1.96 √expected of §4.3 a) plus the
 *       baseline's. {@link Month#outside()} uses this one, so chance variation in the observed month is not called
 *       a Covid effect.</li>
 * </ul>
 * Lower bounds are not below 0. The values should be counts; for GMP from July 2019 the series is unusable (§4.3).
 *
 * @param months one result per month of the period, in order
 */
public record CovidCounterfactual(List<Month> months) {

    public static final YearMonth FIRST_LOCKDOWN_START = YearMonth.of(2020, 3);
    public static final YearMonth FIRST_LOCKDOWN_END = YearMonth.of(2020, 5);
    public static final int BASELINE_FIRST_YEAR = 2017;
    public static final int BASELINE_LAST_YEAR = 2019;

    public CovidCounterfactual {
        months = List.copyOf(months);
    }

    /** March to May 2020 against 2017–2019. */
    public static CovidCounterfactual of(MonthlySeries series) {
        return of(series, FIRST_LOCKDOWN_START, FIRST_LOCKDOWN_END, BASELINE_FIRST_YEAR, BASELINE_LAST_YEAR);
    }

    public static CovidCounterfactual of(
            MonthlySeries series, YearMonth from, YearMonth to, int baselineFirstYear, int baselineLastYear) {
        if (from == null || to == null || from.isAfter(to)) {
            throw new IllegalArgumentException("The period must run from a month to the same or a later month");
        }
        if (baselineFirstYear > baselineLastYear) {
            throw new IllegalArgumentException("The baseline years must run forwards");
        }
        if (baselineLastYear >= from.getYear()) {
            throw new IllegalArgumentException("The baseline years must end before the period starts");
        }
        var results = new ArrayList<Month>();
        for (var month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            var target = month;
            double observed = series.value(month)
                    .orElseThrow(() -> new IllegalArgumentException("The series has no value for " + target));
            double sum = 0;
            int years = 0;
            for (int year = baselineFirstYear; year <= baselineLastYear; year++) {
                var value = series.value(YearMonth.of(year, month.getMonth()));
                if (value.isPresent()) {
                    sum += value.get();
                    years++;
                }
            }
            if (years == 0) {
                throw new IllegalArgumentException("The series has no " + month.getMonth() + " in " + baselineFirstYear
                        + "–" + baselineLastYear + " to compare " + month + " with");
            }
            results.add(new Month(month, observed, sum / years, years));
        }
        return new CovidCounterfactual(results);
    }

    /**
     * One month of the period.
     *
     * @param expected the mean of the same calendar month over the baseline years found
     * @param baselineYears how many years that mean is over (k)
     */
    public record Month(YearMonth month, double observed, double expected, int baselineYears) {

        private static final double Z = ConfidenceLevel.NINETY_FIVE.z();

        public Month {
            if (month == null || !(observed >= 0) || !(expected >= 0) || baselineYears < 1) {
                throw new IllegalArgumentException(
                        "A counterfactual month needs a month, values not below 0 and" + " at least one baseline year");
            }
        }

        public double difference() {
            return observed - expected;
        }

        /** (observed − expected) / expected × 100; empty when nothing was expected. */
        public OptionalDouble percentDifference() {
            return expected == 0 ? OptionalDouble.empty() : OptionalDouble.of(difference() / expected * 100);
        }

        public Interval expectedInterval() {
            return around(Math.sqrt(expected / baselineYears));
        }

        public Interval predictionInterval() {
            return around(Math.sqrt(expected + expected / baselineYears));
        }

        /** Whether the observed count lies outside the 95% prediction interval. */
        public boolean outside() {
            return !predictionInterval().contains(observed);
        }

        private Interval around(double standardError) {
            return new Interval(Math.max(0, expected - Z * standardError), expected + Z * standardError);
        }
    }
}
