package org.saferplan.statistics;

import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A seasonal index per calendar month (methods.md §4.1, classical decomposition; a standard textbook method, e.g.
 * Makridakis, Wheelwright &amp; Hyndman, "Forecasting: methods and applications", ch. 3; not SaferPlan's own). 1 is
 * an average month, 1.2 a month 20% above average; the twelve indices sum to 12.
 *
 * <ul>
 *   <li>{@link Method#RATIO_TO_MOVING_AVERAGE} when the series has at least 36 months: centred 2×12 moving average
 *       CMA<sub>t</sub> = (½y<sub>t−6</sub> + y<sub>t−5</sub> + … + y<sub>t+5</sub> + ½y<sub>t+6</sub>) / 12, ratio
 *       y<sub>t</sub> / CMA<sub>t</sub> (skipped when the CMA is 0), each month's mean ratio over the years,
 *       normalised to sum to 12. The first and last six months have no CMA, so 36 months give 2 ratios per month.</li>
 *   <li>{@link Method#SIMPLE} for 12 to 35 months: each month's mean value over the years it appears, divided by the
 *       mean of the twelve monthly means. With every month present equally often this is the "month total / mean
 *       monthly total" of methods.md; with months present unequally it does not favour the months seen twice.</li>
 * </ul>
 * {@link #yearsBehind(Month)} says how many ratios (or values) stand behind each month.
 *
 * <p>{@link #peakSeason()} is SaferPlan's own rule: it names a season only when that season's mean index is above 1
 * and the month effect is significant, tested by a chi-squared goodness of fit of the monthly totals against equal
 * expectation per month (expected total for month m = grand total × months of m in the series / months in the
 * series; 11 degrees of freedom; significant at p &lt; 0.05). The test assumes counts (Poisson); it ignores trend and
 * the different lengths of months, and with large counts even a small seasonal effect is significant, which is why
 * the index must also be above 1.
 */
public record SeasonalIndex(
        Method method, List<Double> indices, List<Integer> years, double chiSquared, double monthEffectPValue) {

    public static final int RATIO_TO_MOVING_AVERAGE_MONTHS = 36;

    public SeasonalIndex {
        if (method == null || indices == null || indices.size() != 12 || years == null || years.size() != 12) {
            throw new IllegalArgumentException("A seasonal index has a method and twelve indices and year counts");
        }
        indices = List.copyOf(indices);
        years = List.copyOf(years);
    }

    public static SeasonalIndex of(MonthlySeries series) {
        if (series.size() < 12) {
            throw new IllegalArgumentException(
                    "A seasonal index needs at least 12 consecutive months, not " + series.size());
        }
        var sums = new double[12];
        var counts = new int[12];
        var method = series.size() >= RATIO_TO_MOVING_AVERAGE_MONTHS ? Method.RATIO_TO_MOVING_AVERAGE : Method.SIMPLE;
        if (method == Method.RATIO_TO_MOVING_AVERAGE) {
            for (int t = 6; t + 6 < series.size(); t++) {
                double cma = 0.5 * series.value(t - 6) + 0.5 * series.value(t + 6);
                for (int j = t - 5; j <= t + 5; j++) {
                    cma += series.value(j);
                }
                cma /= 12;
                if (cma > 0) {
                    int m = series.calendarMonth(t).ordinal();
                    sums[m] += series.value(t) / cma;
                    counts[m]++;
                }
            }
        } else {
            for (int t = 0; t < series.size(); t++) {
                int m = series.calendarMonth(t).ordinal();
                sums[m] += series.value(t);
                counts[m]++;
            }
        }
        var means = new double[12];
        double total = 0;
        for (int m = 0; m < 12; m++) {
            if (counts[m] == 0) {
                throw new IllegalArgumentException(Month.of(m + 1) + " has no usable value (moving averages of 0)");
            }
            means[m] = sums[m] / counts[m];
            total += means[m];
        }
        if (total == 0) {
            throw new IllegalArgumentException("Every value is 0, so there is no seasonal pattern to index");
        }
        var indices = new ArrayList<Double>();
        var years = new ArrayList<Integer>();
        for (int m = 0; m < 12; m++) {
            indices.add(means[m] * 12 / total);
            years.add(counts[m]);
        }
        double chiSquared = monthEffectChiSquared(series);
        return new SeasonalIndex(method, indices, years, chiSquared, Distributions.chiSquaredUpperTail(chiSquared, 11));
    }

    private static double monthEffectChiSquared(MonthlySeries series) {
        var totals = new double[12];
        var months = new int[12];
        double grand = 0;
        for (int t = 0; t < series.size(); t++) {
            int m = series.calendarMonth(t).ordinal();
            totals[m] += series.value(t);
            months[m]++;
            grand += series.value(t);
        }
        if (grand == 0) {
            return 0;
        }
        double chiSquared = 0;
        for (int m = 0; m < 12; m++) {
            double expected = grand * months[m] / series.size();
            chiSquared += (totals[m] - expected) * (totals[m] - expected) / expected;
        }
        return chiSquared;
    }

    public double index(Month month) {
        return indices.get(month.ordinal());
    }

    /** How many years (ratios or values) stand behind the month's index. */
    public int yearsBehind(Month month) {
        return years.get(month.ordinal());
    }

    /** The series divided by the index of each value's month. */
    public MonthlySeries deseasonalise(MonthlySeries series) {
        var values = new ArrayList<Double>();
        for (int t = 0; t < series.size(); t++) {
            values.add(series.value(t) / index(series.calendarMonth(t)));
        }
        return new MonthlySeries(series.start(), values);
    }

    public boolean monthEffectSignificant() {
        return monthEffectPValue < 0.05;
    }

    /** The mean index of the season's three months. */
    public double seasonIndex(Season season) {
        return season.months().stream().mapToDouble(this::index).average().orElseThrow();
    }

    /**
     * The season with the highest mean index, named only when that mean is above 1 and the month effect is
     * significant at 95%; empty otherwise.
     */
    public Optional<Season> peakSeason() {
        Season peak = Season.WINTER;
        for (var season : Season.values()) {
            if (seasonIndex(season) > seasonIndex(peak)) {
                peak = season;
            }
        }
        return seasonIndex(peak) > 1 && monthEffectSignificant() ? Optional.of(peak) : Optional.empty();
    }

    public enum Method {
        RATIO_TO_MOVING_AVERAGE,
        SIMPLE
    }

    /** Meteorological seasons, as people in the UK say them. */
    public enum Season {
        WINTER(Month.DECEMBER, Month.JANUARY, Month.FEBRUARY),
        SPRING(Month.MARCH, Month.APRIL, Month.MAY),
        SUMMER(Month.JUNE, Month.JULY, Month.AUGUST),
        AUTUMN(Month.SEPTEMBER, Month.OCTOBER, Month.NOVEMBER);

        private final List<Month> months;

        Season(Month... months) {
            this.months = List.of(months);
        }

        public List<Month> months() {
            return months;
        }

        public String words() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
