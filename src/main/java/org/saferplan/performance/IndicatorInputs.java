package org.saferplan.performance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.saferplan.performance.web.IndicatorForm;
import org.saferplan.statistics.ImprovementDirection;
import org.saferplan.web.InvalidInputException;

/** Checks what people type into the performance forms; every problem names its field. */
final class IndicatorInputs {

    static final int MAX_TEXT = 300;
    static final int MAX_LONG_TEXT = 5_000;

    private IndicatorInputs() {}

    static Indicator indicator(long id, long partnershipId, IndicatorForm form, boolean illustrative) {
        var problems = new ArrayList<InvalidInputException.Problem>();
        var name = text(form.name(), "name", "Enter the indicator's name", MAX_TEXT, true, problems);
        var unit = choice(Unit.class, form.unit(), "unit", "Choose the unit", problems);
        var source = choice(Source.class, form.source(), "source", "Choose where the values come from", problems);
        var improvement = choice(
                ImprovementDirection.class, form.improvement(), "improvement", "Choose which way is better", problems);
        var frequency =
                choice(Frequency.class, form.frequency(), "frequency", "Choose how often it has a value", problems);
        var unitLabel = text(form.unitLabel(), "unitLabel", null, MAX_TEXT, false, problems);
        var numerator = text(form.numerator(), "numerator", null, MAX_TEXT, false, problems);
        var denominator = text(form.denominator(), "denominator", null, MAX_TEXT, false, problems);
        var description = text(form.description(), "description", null, MAX_LONG_TEXT, false, problems);
        if (unit == Unit.RATE_PER_1000 && (numerator.isEmpty() || denominator.isEmpty())) {
            if (numerator.isEmpty()) {
                problems.add(new InvalidInputException.Problem("numerator", "Say what is counted for the rate"));
            }
            if (denominator.isEmpty()) {
                problems.add(new InvalidInputException.Problem(
                        "denominator", "Say what the rate is divided by, for example resident population"));
            }
        }
        BigDecimal target = null;
        if (form.target() != null && !form.target().isBlank()) {
            try {
                target = number(form.target());
            } catch (InvalidInputException e) {
                problems.add(new InvalidInputException.Problem(
                        "target", "The target must be a number, like 350" + " or 76.5"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Indicator(
                id,
                partnershipId,
                name,
                unit,
                unitLabel,
                source,
                numerator,
                denominator,
                improvement,
                target,
                frequency,
                description,
                illustrative);
    }

    /** A value for the unit: counts are whole and not negative; percentages lie from 0 to 100. */
    static BigDecimal value(String text, Unit unit) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("value", "expected a number, but the value is empty");
        }
        BigDecimal value;
        try {
            value = number(text);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(
                    "value", "expected a number, like 412 or 76.5, but found \"" + text.strip() + "\"");
        }
        if (unit == Unit.COUNT
                && (value.signum() < 0 || value.stripTrailingZeros().scale() > 0)) {
            throw new InvalidInputException(
                    "value", "expected a count (a whole number, 0 or more), but found " + text.strip());
        }
        if (unit == Unit.PERCENTAGE && (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new InvalidInputException("value", "expected a percentage from 0 to 100, but found " + text.strip());
        }
        return value;
    }

    static BigDecimal number(String text) {
        var clean = text.strip().replace(",", "");
        if (clean.endsWith("%")) {
            clean = clean.substring(0, clean.length() - 1).strip();
        }
        if (!clean.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)") || clean.length() > 30) {
            throw new InvalidInputException("value", "not a number");
        }
        return new BigDecimal(clean);
    }

    static Period period(String text, Frequency frequency, String field) {
        var period = frequency.parse(text);
        if (period == null) {
            throw new InvalidInputException(field, "Enter " + frequency.expected());
        }
        return period;
    }

    /** A date written yyyy-mm-dd, not in the future and not before 2000. */
    static LocalDate date(String text, String field, LocalDate today) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, "Enter the date, like " + today);
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "Enter a real date written like " + today);
        }
        if (date.isAfter(today)) {
            throw new InvalidInputException(field, "The date cannot be in the future");
        }
        if (date.getYear() < 2000) {
            throw new InvalidInputException(field, "The date must be in 2000 or later");
        }
        return date;
    }

    static String text(
            String text,
            String field,
            String missing,
            int max,
            boolean required,
            List<InvalidInputException.Problem> problems) {
        var clean = text == null ? "" : text.strip();
        if (required && clean.isEmpty()) {
            problems.add(new InvalidInputException.Problem(field, missing));
        } else if (clean.length() > max) {
            problems.add(new InvalidInputException.Problem(field, "Use " + max + " characters or fewer"));
        }
        return clean;
    }

    static <E extends Enum<E>> E choice(
            Class<E> type, String value, String field, String missing, List<InvalidInputException.Problem> problems) {
        if (value != null) {
            for (var constant : type.getEnumConstants()) {
                if (constant.name().equals(value.strip().toUpperCase(Locale.ROOT))) {
                    return constant;
                }
            }
        }
        problems.add(new InvalidInputException.Problem(field, missing));
        return null;
    }
}
