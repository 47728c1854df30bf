package org.saferplan.crime;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.saferplan.areas.AreaScope;
import org.saferplan.crime.web.AreaCrimePage;

/** Words and draws {@link AreaCrime} for the statistics page: sentences, formatted tables and the bar chart. */
final class AreaCrimePages {

    static final int CHART_WIDTH = 640;
    static final int CHART_HEIGHT = 240;
    private static final int AXIS = 24;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);
    private static final DateTimeFormatter LONG_MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private AreaCrimePages() {}

    static AreaCrimePage empty(AreaScope scope, String title, String slug, boolean showAudit, String action) {
        return new AreaCrimePage(
                title,
                caption(scope, slug),
                slug,
                showAudit,
                action,
                "",
                "",
                false,
                "No police.uk street data is stored for " + scope.name() + " yet.",
                null,
                scope.notes(),
                List.of(),
                "",
                null,
                List.of(),
                null,
                List.of(),
                CHART_WIDTH,
                CHART_HEIGHT,
                "");
    }

    static AreaCrimePage of(AreaCrime crime, String title, String slug, boolean showAudit, String action) {
        var types = new ArrayList<AreaCrimePage.Row>();
        AreaCrimePage.Row asb = null;
        for (var type : crime.types()) {
            var row = row(type.type(), type.figure());
            if (type.antisocialBehaviour()) {
                asb = row;
            } else {
                types.add(row);
            }
        }
        var population = crime.population();
        var populationNote = population == null
                ? "No population estimate is loaded for this area, so rates cannot be given."
                : "Rates are per 1,000 residents over the whole period (not annualised), using a population of "
                        + String.format("%,d", population.population()) + " (" + population.basis() + ").";
        return new AreaCrimePage(
                title,
                caption(crime.area(), slug),
                slug,
                showAudit,
                action,
                crime.from().toString(),
                crime.to().toString(),
                true,
                summary(crime),
                populationNote,
                crime.area().notes(),
                crime.missingMonths().stream().map(LONG_MONTH::format).toList(),
                String.join(", ", crime.forces()),
                row("All crime (excluding anti-social behaviour)", crime.total()),
                types,
                asb,
                bars(crime),
                CHART_WIDTH,
                CHART_HEIGHT,
                chartDescription(crime));
    }

    /** An ONS area by its kind and code; a partnership by its local authorities. */
    static String caption(AreaScope scope, String workspaceSlug) {
        if (workspaceSlug == null) {
            return scope.kind().label() + " " + scope.code();
        }
        return (scope.localAuthorities().size() == 1 ? "Local authority " : "Local authorities ")
                + String.join(", ", scope.localAuthorities());
    }

    static String summary(AreaCrime crime) {
        var period = period(crime.from(), crime.to());
        var total = crime.total();
        var sentence = new StringBuilder(String.format(
                "%s, %,d crimes were recorded in %s",
                period, total.count(), crime.area().name()));
        if (total.rate() != null) {
            sentence.append(String.format(
                    ": %.2f per 1,000 residents (95%% confidence interval %.2f to %.2f)",
                    total.rate(), total.rateLow(), total.rateHigh()));
        }
        sentence.append(". Anti-social behaviour is counted separately and is not part of this total.");
        if (!crime.missingMonths().isEmpty()) {
            sentence.append(" ")
                    .append(crime.missingMonths().size())
                    .append(crime.missingMonths().size() == 1 ? " month is" : " months are")
                    .append(" missing from the police data and left out.");
        }
        return sentence.toString();
    }

    private static String period(YearMonth from, YearMonth to) {
        return from.equals(to)
                ? "In " + LONG_MONTH.format(from)
                : "From " + LONG_MONTH.format(from) + " to " + LONG_MONTH.format(to);
    }

    private static AreaCrimePage.Row row(String label, AreaCrime.Figure figure) {
        return new AreaCrimePage.Row(
                label,
                String.format("%,d", figure.count()),
                figure.rate() == null ? "–" : String.format("%.2f", figure.rate()),
                figure.rate() == null ? "–" : String.format("%.2f to %.2f", figure.rateLow(), figure.rateHigh()));
    }

    private static List<AreaCrimePage.MonthBar> bars(AreaCrime crime) {
        long max = crime.months().stream()
                .filter(m -> m.count() != null)
                .mapToLong(AreaCrime.MonthCount::count)
                .max()
                .orElse(0);
        int n = crime.months().size();
        int slot = (CHART_WIDTH - AXIS) / Math.max(n, 1);
        int width = Math.max(2, slot * 3 / 4);
        int plotHeight = CHART_HEIGHT - AXIS;
        var bars = new ArrayList<AreaCrimePage.MonthBar>();
        for (int i = 0; i < n; i++) {
            var month = crime.months().get(i);
            boolean missing = month.count() == null;
            int height = missing || max == 0 ? 0 : (int) Math.round(plotHeight * (double) month.count() / max);
            bars.add(new AreaCrimePage.MonthBar(
                    MONTH.format(month.month()),
                    missing ? "Missing" : String.format("%,d", month.count()),
                    missing,
                    AXIS + i * slot,
                    plotHeight - height,
                    width,
                    height));
        }
        return bars;
    }

    private static String chartDescription(AreaCrime crime) {
        var present = crime.months().stream().filter(m -> m.count() != null).toList();
        if (present.isEmpty()) {
            return "No month of the period has data.";
        }
        var highest = present.stream()
                .max((a, b) -> Long.compare(a.count(), b.count()))
                .orElseThrow();
        var lowest = present.stream()
                .min((a, b) -> Long.compare(a.count(), b.count()))
                .orElseThrow();
        return String.format(
                "Bar chart of crimes per month. Highest: %s with %,d. Lowest: %s with %,d.",
                LONG_MONTH.format(highest.month()), highest.count(), LONG_MONTH.format(lowest.month()), lowest.count());
    }
}
