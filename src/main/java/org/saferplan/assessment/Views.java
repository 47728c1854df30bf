package org.saferplan.assessment;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Formatting shared by the assessment's pages and report. */
final class Views {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Views() {}

    static String date(Instant at) {
        return at == null ? "" : DATE.format(at.atZone(LONDON));
    }

    static String number(double value) {
        return value == Math.rint(value)
                ? String.format(Locale.UK, "%,.0f", value)
                : String.format(Locale.UK, "%,.1f", value);
    }

    static String href(String slug, int year) {
        return "/partnerships/" + slug + "/assessment/" + year;
    }
}
