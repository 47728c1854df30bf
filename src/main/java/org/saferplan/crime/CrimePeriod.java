package org.saferplan.crime;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.saferplan.areas.AreaScope;
import org.saferplan.web.InvalidInputException;

/** Reads the period of a statistics request: {@code from} and {@code to} as YYYY-MM, by default the latest 12 months. */
final class CrimePeriod {

    static final int MAX_MONTHS = 240;

    private CrimePeriod() {}

    /** The requested period, or the latest 12 months with data (fewer when less is stored); empty with no data. */
    static Optional<YearMonth[]> resolve(String from, String to, AreaScope scope, AreaCrimeStatistics statistics) {
        var end = parse("to", to);
        var start = parse("from", from);
        if (end == null) {
            var latest = statistics.latestMonth(scope);
            if (latest.isEmpty()) {
                return Optional.empty();
            }
            end = latest.get();
        }
        if (start == null) {
            var earliest = statistics.earliestMonth(scope).orElse(end);
            start = end.minusMonths(11).isBefore(earliest) ? earliest : end.minusMonths(11);
        }
        if (end.isBefore(start)) {
            throw new InvalidInputException("to", "The end month must not be before the start month");
        }
        if (start.until(end, java.time.temporal.ChronoUnit.MONTHS) >= MAX_MONTHS) {
            throw new InvalidInputException("from", "Choose a period of at most " + MAX_MONTHS + " months");
        }
        return Optional.of(new YearMonth[] {start, end});
    }

    private static YearMonth parse(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(
                    field, "Enter the " + (field.equals("from") ? "start" : "end") + " month as YYYY-MM, like 2019-02");
        }
    }
}
