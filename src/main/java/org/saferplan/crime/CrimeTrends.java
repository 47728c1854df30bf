package org.saferplan.crime;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.saferplan.areas.AreaScope;
import org.saferplan.statistics.CountChange;
import org.saferplan.statistics.CovidCounterfactual;
import org.saferplan.statistics.MonthlySeries;
import org.saferplan.statistics.SeasonalIndex;
import org.saferplan.web.InvalidInputException;
import org.springframework.stereotype.Service;

/**
 * Trend, seasonality and the Covid comparison of an area over every month stored for it. Each uses the latest
 * unbroken run of months (a month missing from a force's data breaks the run; it is never counted as 0), and each
 * is computed only when the run is long enough: rolling 12-month totals from 12 months, the year-on-year test from
 * 24, the three-year direction from 36, the seasonal index from 12 ({@link SeasonalIndex} picks its method). The
 * Covid comparison ({@link CovidCounterfactual}) needs the chosen months and the same months of at least one of the
 * three years before, in one unbroken run.
 */
@Service
class CrimeTrends {

    static final int MAX_COVID_MONTHS = 12;

    private final AreaCrimeStatistics statistics;

    CrimeTrends(AreaCrimeStatistics statistics) {
        this.statistics = statistics;
    }

    /** The Covid period asked for, by default March to May 2020. */
    static YearMonth[] covidPeriod(String from, String to) {
        var start = parse("covidFrom", from, CovidCounterfactual.FIRST_LOCKDOWN_START);
        var end = parse("covidTo", to, CovidCounterfactual.FIRST_LOCKDOWN_END);
        if (end.isBefore(start)) {
            throw new InvalidInputException("covidTo", "The end of the Covid period must not be before its start");
        }
        if (start.until(end, java.time.temporal.ChronoUnit.MONTHS) >= MAX_COVID_MONTHS) {
            throw new InvalidInputException(
                    "covidFrom", "Choose a Covid period of at most " + MAX_COVID_MONTHS + " months");
        }
        return new YearMonth[] {start, end};
    }

    private static YearMonth parse(String field, String value, YearMonth fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException(field, "Enter the month as YYYY-MM, like 2020-03");
        }
    }

    Trends of(AreaScope scope, YearMonth covidFrom, YearMonth covidTo) {
        var earliest = statistics.earliestMonth(scope);
        var latest = statistics.latestMonth(scope);
        if (earliest.isEmpty() || latest.isEmpty()) {
            return new Trends(null, 0, null, null, List.of(), List.of(), null, null, covid(null, covidFrom, covidTo));
        }
        var counts = statistics.monthly(scope, earliest.get(), latest.get());
        int stored = counts.size() - counts.missing().size();
        int end = counts.size() - 1;
        while (end >= 0 && counts.missing().contains(counts.month(end))) {
            end--;
        }
        int start = end;
        while (start > 0 && !counts.missing().contains(counts.month(start - 1))) {
            start--;
        }
        int run = end < 0 ? 0 : end - start + 1;
        var total = counts.total();
        var rolling = new ArrayList<RollingTotal>();
        for (int i = start + 11; i <= end; i++) {
            long sum = 0;
            for (int j = i - 11; j <= i; j++) {
                sum += total[j];
            }
            rolling.add(new RollingTotal(counts.month(i), sum));
        }
        var changes = new ArrayList<TypeChange>();
        CountChange threeYear = null;
        if (run >= 24) {
            changes.add(new TypeChange(null, change(total, end, 12)));
            for (var entry : counts.byType().entrySet()) {
                changes.add(new TypeChange(entry.getKey(), change(entry.getValue(), end, 12)));
            }
        }
        if (run >= 36) {
            threeYear = change(total, end, 24);
        }
        SeasonalIndex seasonal = null;
        String seasonalProblem = null;
        if (run >= 12) {
            try {
                seasonal = SeasonalIndex.of(series(counts.month(start), total, start, end));
            } catch (IllegalArgumentException e) {
                seasonalProblem = e.getMessage();
            }
        }
        return new Trends(
                counts,
                stored,
                end < 0 ? null : counts.month(start),
                end < 0 ? null : counts.month(end),
                rolling,
                changes,
                threeYear,
                seasonal == null && seasonalProblem == null ? null : new Seasonality(seasonal, seasonalProblem),
                covid(counts, covidFrom, covidTo));
    }

    /** The latest 12 months ending at {@code end} against the 12 months {@code gap} + 12 months before them. */
    private static CountChange change(long[] values, int end, int gap) {
        long current = 0;
        long past = 0;
        for (int i = 0; i < 12; i++) {
            current += values[end - i];
            past += values[end - gap - i];
        }
        return CountChange.of(past, current);
    }

    private static MonthlySeries series(YearMonth first, long[] values, int start, int end) {
        var list = new ArrayList<Double>();
        for (int i = start; i <= end; i++) {
            list.add((double) values[i]);
        }
        return new MonthlySeries(first, list);
    }

    private static Covid covid(AreaCrimeStatistics.MonthlyCounts counts, YearMonth from, YearMonth to) {
        int baselineFirst = from.getYear() - 3;
        int baselineLast = from.getYear() - 1;
        if (counts == null) {
            return new Covid(from, to, baselineFirst, baselineLast, Map.of(), null);
        }
        // The unbroken run of stored months that holds the whole Covid period.
        int last = (int) counts.from().until(to, java.time.temporal.ChronoUnit.MONTHS);
        int first = (int) counts.from().until(from, java.time.temporal.ChronoUnit.MONTHS);
        boolean periodStored = first >= 0 && last < counts.size();
        for (int i = Math.max(first, 0); periodStored && i <= last; i++) {
            periodStored = !counts.missing().contains(counts.month(i));
        }
        if (!periodStored) {
            return new Covid(from, to, baselineFirst, baselineLast, Map.of(), "the months of the period itself");
        }
        int start = first;
        while (start > 0 && !counts.missing().contains(counts.month(start - 1))) {
            start--;
        }
        var results = new LinkedHashMap<String, CovidCounterfactual>();
        try {
            results.put(
                    null,
                    CovidCounterfactual.of(
                            series(counts.month(start), counts.total(), start, last),
                            from,
                            to,
                            baselineFirst,
                            baselineLast));
            for (var entry : counts.byType().entrySet()) {
                results.put(
                        entry.getKey(),
                        CovidCounterfactual.of(
                                series(counts.month(start), entry.getValue(), start, last),
                                from,
                                to,
                                baselineFirst,
                                baselineLast));
            }
        } catch (IllegalArgumentException e) {
            return new Covid(
                    from,
                    to,
                    baselineFirst,
                    baselineLast,
                    Map.of(),
                    "the same months of at least one year" + " from " + baselineFirst + " to " + baselineLast
                            + ", unbroken up to the period");
        }
        return new Covid(from, to, baselineFirst, baselineLast, results, null);
    }

    record RollingTotal(YearMonth month, long crimes) {}

    /** The year-on-year change of a crime type (null type for the total). */
    record TypeChange(String type, CountChange change) {}

    record Seasonality(SeasonalIndex index, String problem) {}

    /**
     * The Covid comparison.
     *
     * @param results per crime type (null key for the total), empty when it cannot be computed
     * @param missing what is not stored, when it cannot be computed
     */
    record Covid(
            YearMonth from,
            YearMonth to,
            int baselineFirstYear,
            int baselineLastYear,
            Map<String, CovidCounterfactual> results,
            String missing) {}

    /**
     * Everything over the stored months.
     *
     * @param counts the monthly counts (null with nothing stored)
     * @param monthsStored months with data between the first and the latest stored
     * @param runStart first month of the latest unbroken run
     * @param threeYear the latest 12 months against the 12 ending 24 months earlier (null under 36 months)
     */
    record Trends(
            AreaCrimeStatistics.MonthlyCounts counts,
            int monthsStored,
            YearMonth runStart,
            YearMonth runEnd,
            List<RollingTotal> rolling,
            List<TypeChange> changes,
            CountChange threeYear,
            Seasonality seasonality,
            Covid covid) {

        int runMonths() {
            return runStart == null ? 0 : (int) (runStart.until(runEnd, java.time.temporal.ChronoUnit.MONTHS) + 1);
        }
    }
}
