package org.saferplan.plan.web;

import java.util.List;

/** A theme with its activities and measures; the hrefs are null unless the reader may edit now. */
public record ThemeView(
        long id,
        String anchor,
        String kind,
        String title,
        List<TextBlock> description,
        String lead,
        List<ActivityView> activities,
        List<MeasureView> measures,
        String editHref,
        String addActivityHref,
        String addMeasureHref) {

    public ThemeView {
        description = List.copyOf(description);
        activities = List.copyOf(activities);
        measures = List.copyOf(measures);
    }
}
