package org.saferplan.surveys;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.saferplan.statistics.Interval;

/** How survey numbers and dates are written on the pages: "10.0% (8.9% to 11.2%)", "1 October 2020". */
final class Views {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Views() {}

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** A proportion (0 to 1) as a percentage with one decimal place. */
    static String percent(double proportion) {
        return String.format(Locale.ROOT, "%.1f%%", proportion * 100);
    }

    static String interval(Interval interval) {
        return percent(interval.lower()) + " to " + percent(interval.upper());
    }

    static String whole(double value) {
        return String.format(Locale.UK, "%,d", Math.round(value));
    }

    static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    static String surveyHref(String slug, long surveyId) {
        return "/partnerships/" + slug + "/surveys/" + surveyId;
    }
}
