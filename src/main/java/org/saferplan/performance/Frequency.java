package org.saferplan.performance;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How often an indicator has a value, and how its periods are written: months {@code 2021-04}, calendar quarters
 * {@code 2021-Q2} (April to June 2021) and financial years {@code 2021-22} (April 2021 to March 2022).
 */
public enum Frequency {
    MONTH("Monthly", "a month written like 2021-04", Pattern.compile("(\\d{4})-(\\d{2})"), 12),
    QUARTER("Quarterly", "a quarter written like 2021-Q2", Pattern.compile("(\\d{4})-Q(\\d)"), 4),
    YEAR("Yearly (financial year)", "a financial year written like 2021-22", Pattern.compile("(\\d{4})-(\\d{2})"), 1);

    private final String label;
    private final String expected;
    private final Pattern pattern;
    private final int perYear;

    Frequency(String label, String expected, Pattern pattern, int perYear) {
        this.label = label;
        this.expected = expected;
        this.pattern = pattern;
        this.perYear = perYear;
    }

    public String label() {
        return label;
    }

    /** What a period of this frequency looks like, for messages: "a month written like 2021-04". */
    public String expected() {
        return expected;
    }

    /** Periods in a year: 12, 4 or 1. */
    public int perYear() {
        return perYear;
    }

    /** The period, or null when the text is not a period of this frequency. */
    Period parse(String text) {
        if (text == null) {
            return null;
        }
        var clean = text.strip().toUpperCase(Locale.ROOT);
        var match = pattern.matcher(clean);
        if (!match.matches()) {
            return null;
        }
        int year = Integer.parseInt(match.group(1));
        int part = Integer.parseInt(match.group(2));
        if (year < 1900 || year > 2200) {
            return null;
        }
        return switch (this) {
            case MONTH -> part >= 1 && part <= 12 ? new Period(clean, LocalDate.of(year, part, 1)) : null;
            case QUARTER -> part >= 1 && part <= 4 ? new Period(clean, LocalDate.of(year, 3 * part - 2, 1)) : null;
            case YEAR -> part == (year + 1) % 100 ? new Period(clean, LocalDate.of(year, 4, 1)) : null;
        };
    }

    /** The period that starts on the date (the first day of a month, quarter or financial year). */
    Period of(LocalDate start) {
        return switch (this) {
            case MONTH ->
                new Period(String.format(Locale.ROOT, "%04d-%02d", start.getYear(), start.getMonthValue()), start);
            case QUARTER ->
                new Period(
                        String.format(Locale.ROOT, "%04d-Q%d", start.getYear(), (start.getMonthValue() - 1) / 3 + 1),
                        start);
            case YEAR ->
                new Period(
                        String.format(Locale.ROOT, "%04d-%02d", start.getYear(), (start.getYear() + 1) % 100), start);
        };
    }

    /** The start of the period after the one starting on {@code start}. */
    LocalDate next(LocalDate start) {
        return start.plusMonths(12 / perYear);
    }
}
