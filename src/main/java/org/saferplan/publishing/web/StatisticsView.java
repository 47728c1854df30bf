package org.saferplan.publishing.web;

import java.util.List;

/**
 * Crime in a partnership's area for the public: plain-English sentences, the figures as table rows, and the two
 * charts drawn from the same rows. {@code available} is false when no police.uk data is stored for the area.
 */
public record StatisticsView(
        boolean available,
        String period,
        List<String> summary,
        List<TypeRow> types,
        List<MonthRow> months,
        BarChart monthChart,
        BarChart typeChart,
        String populationNote) {

    public StatisticsView {
        summary = List.copyOf(summary);
        types = List.copyOf(types);
        months = List.copyOf(months);
    }

    public static StatisticsView none() {
        return new StatisticsView(false, "", List.of(), List.of(), List.of(), null, null, "");
    }

    /** One crime type: count, rate per 1,000 residents with its 95% interval, and share of all crime. */
    public record TypeRow(String type, String count, String rate, String interval, String share) {}

    /** One month's crime count ("not available" for a missing month). */
    public record MonthRow(String month, String count) {}
}
