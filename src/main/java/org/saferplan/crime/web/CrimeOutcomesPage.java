package org.saferplan.crime.web;

import java.util.List;
import org.saferplan.web.Option;

/**
 * The outcomes page: outcome mix and positive outcome rate by crime type, already worded and formatted.
 *
 * @param type the crime type chosen for the category and month tables ("all" for all crime)
 */
public record CrimeOutcomesPage(
        CrimeSubPage frame,
        String type,
        String typeLabel,
        List<Option> typeOptions,
        List<String> sentences,
        String definition,
        List<String> warnings,
        AreaAnalysisPage.Chart chart,
        List<StackedBar> bars,
        List<AreaAnalysisPage.LegendItem> legend,
        List<TypeRow> types,
        List<CategoryRow> categories,
        List<MonthRow> months,
        List<String> notes) {

    public CrimeOutcomesPage {
        typeOptions = List.copyOf(typeOptions);
        sentences = List.copyOf(sentences);
        warnings = List.copyOf(warnings);
        bars = List.copyOf(bars);
        legend = List.copyOf(legend);
        types = List.copyOf(types);
        categories = List.copyOf(categories);
        months = List.copyOf(months);
        notes = List.copyOf(notes);
    }

    /** One crime type's bar: its label's position and one segment per outcome group. */
    public record StackedBar(String label, double y, double height, List<Segment> segments) {}

    public record Segment(String cssClass, double x, double width, String title) {}

    public record TypeRow(
            String type, String crimes, String positive, String rate, String interval, String pending, boolean total) {}

    public record CategoryRow(String category, String group, String crimes, String share) {}

    public record MonthRow(
            String month, String crimes, String positive, String rate, String interval, String pending, String note) {}
}
