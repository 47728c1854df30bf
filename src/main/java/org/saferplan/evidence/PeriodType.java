package org.saferplan.evidence;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The kinds of period a dataset's values cover, and how each is written: months {@code 2021-04}, calendar quarters
 * {@code 2021-Q2} (April to June), financial years {@code 2021-22} (April 2021 to March 2022; {@code 2021/22} is
 * read too) and calendar years {@code 2021}. A dataset has one period type, so {@code 2021-12} is never ambiguous.
 */
public enum PeriodType {
    MONTH("Month", "a month written like 2021-04", Pattern.compile("(\\d{4})-(\\d{1,2})")),
    QUARTER("Quarter", "a quarter written like 2021-Q2", Pattern.compile("(\\d{4}) ?-? ?Q(\\d)")),
    FINANCIAL_YEAR("Financial year", "a financial year written like 2021-22", Pattern.compile("(\\d{4})[-/](\\d{2})")),
    YEAR("Calendar year", "a year written like 2021", Pattern.compile("(\\d{4})()"));

    private final String label;
    private final String expected;
    private final Pattern pattern;

    PeriodType(String label, String expected, Pattern pattern) {
        this.label = label;
        this.expected = expected;
        this.pattern = pattern;
    }

    public String label() {
        return label;
    }

    /** What a period of this type looks like, for messages. */
    public String expected() {
        return expected;
    }

    /** The period the text names, or null when it is not a period of this type. */
    public EvidencePeriod parse(String text) {
        if (text == null) {
            return null;
        }
        var match = pattern.matcher(text.strip().toUpperCase(Locale.ROOT));
        if (!match.matches()) {
            return null;
        }
        int year = Integer.parseInt(match.group(1));
        if (year < 1900 || year > 2200) {
            return null;
        }
        int part = match.group(2).isEmpty() ? 0 : Integer.parseInt(match.group(2));
        return switch (this) {
            case MONTH -> part >= 1 && part <= 12 ? of(LocalDate.of(year, part, 1)) : null;
            case QUARTER -> part >= 1 && part <= 4 ? of(LocalDate.of(year, 3 * part - 2, 1)) : null;
            case FINANCIAL_YEAR -> part == (year + 1) % 100 ? of(LocalDate.of(year, 4, 1)) : null;
            case YEAR -> of(LocalDate.of(year, 1, 1));
        };
    }

    /** The period of this type that contains the day. */
    public EvidencePeriod containing(LocalDate day) {
        return switch (this) {
            case MONTH -> of(day.withDayOfMonth(1));
            case QUARTER -> of(LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1));
            case FINANCIAL_YEAR -> of(LocalDate.of(day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1, 4, 1));
            case YEAR -> of(LocalDate.of(day.getYear(), 1, 1));
        };
    }

    /** The period of this type starting on the day (the first day of a month, quarter or year). */
    public EvidencePeriod of(LocalDate start) {
        var text = switch (this) {
            case MONTH -> String.format(Locale.ROOT, "%04d-%02d", start.getYear(), start.getMonthValue());
            case QUARTER ->
                String.format(Locale.ROOT, "%04d-Q%d", start.getYear(), (start.getMonthValue() - 1) / 3 + 1);
            case FINANCIAL_YEAR ->
                String.format(Locale.ROOT, "%04d-%02d", start.getYear(), (start.getYear() + 1) % 100);
            case YEAR -> String.format(Locale.ROOT, "%04d", start.getYear());
        };
        return new EvidencePeriod(this, text, start);
    }
}
