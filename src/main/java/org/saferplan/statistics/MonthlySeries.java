package org.saferplan.statistics;

import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * Consecutive monthly values from a first month, with no gaps: a month with no data must be left out of the series
 * (by starting later), never entered as 0 (methods.md §1.4: a missing force-month is missing, not zero).
 *
 * @param start the first month
 * @param values one finite, non-negative value per month
 */
public record MonthlySeries(YearMonth start, List<Double> values) {

    public MonthlySeries {
        if (start == null) {
            throw new IllegalArgumentException("A monthly series needs its first month");
        }
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException("A monthly series needs at least one value");
        }
        values = List.copyOf(values);
        for (int i = 0; i < values.size(); i++) {
            double value = values.get(i);
            if (!Double.isFinite(value) || value < 0) {
                throw new IllegalArgumentException(
                        "The value for " + start.plusMonths(i) + " must be a finite number not below 0, not " + value);
            }
        }
    }

    public static MonthlySeries of(YearMonth start, double... values) {
        return new MonthlySeries(start, java.util.Arrays.stream(values).boxed().toList());
    }

    public int size() {
        return values.size();
    }

    public YearMonth month(int index) {
        return start.plusMonths(index);
    }

    public Month calendarMonth(int index) {
        return month(index).getMonth();
    }

    public YearMonth end() {
        return month(size() - 1);
    }

    public double value(int index) {
        return values.get(index);
    }

    /** The value for a month, if the series covers it. */
    public Optional<Double> value(YearMonth month) {
        long index = start.until(month, java.time.temporal.ChronoUnit.MONTHS);
        return index >= 0 && index < size() ? Optional.of(values.get((int) index)) : Optional.empty();
    }
}
