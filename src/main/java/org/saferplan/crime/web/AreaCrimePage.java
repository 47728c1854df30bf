package org.saferplan.crime.web;

import java.util.List;

/**
 * What the crime statistics page shows, already worded and formatted.
 *
 * @param caption what the area is, e.g. "Local authority E06000059" or "Local authorities E06000058, E06000059"
 * @param workspaceSlug the partnership whose workspace frames the page, or null for an ONS area page
 * @param hasData false when no street data is stored for the area (the page then says so)
 */
public record AreaCrimePage(
        String title,
        String caption,
        String workspaceSlug,
        boolean showAudit,
        String formAction,
        String from,
        String to,
        boolean hasData,
        String summary,
        String populationNote,
        List<String> notes,
        List<String> missingMonths,
        String forces,
        Row total,
        List<Row> types,
        Row antisocialBehaviour,
        List<MonthBar> months,
        int chartWidth,
        int chartHeight,
        String chartDescription) {

    public AreaCrimePage {
        notes = List.copyOf(notes);
        missingMonths = List.copyOf(missingMonths);
        types = List.copyOf(types);
        months = List.copyOf(months);
    }

    /** A table row: label, count and rate with its interval, formatted. */
    public record Row(String label, String count, String rate, String interval) {}

    /** One month's bar: its label, value (or "Missing") and SVG geometry. */
    public record MonthBar(String label, String value, boolean missing, int x, int y, int width, int height) {}
}
