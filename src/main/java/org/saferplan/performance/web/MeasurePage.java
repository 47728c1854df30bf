package org.saferplan.performance.web;

import java.util.List;
import org.saferplan.web.Option;

/** A measure's performance: linked indicators, the link form, and evidence notes newest first. */
public record MeasurePage(
        String text,
        String theme,
        String version,
        String href,
        MeasureRow row,
        List<Option> indicatorOptions,
        List<Note> notes) {

    public MeasurePage {
        indicatorOptions = List.copyOf(indicatorOptions);
        notes = List.copyOf(notes);
    }

    /** One evidence note. */
    public record Note(String date, String note, String author) {}
}
