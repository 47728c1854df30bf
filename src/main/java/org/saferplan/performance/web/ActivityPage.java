package org.saferplan.performance.web;

import java.util.List;

/** An activity, its update history newest first, and whether the reader may post an update. */
public record ActivityPage(
        String text,
        String href,
        String theme,
        String version,
        String owners,
        String dueOn,
        boolean mayPost,
        List<UpdateRow> updates) {

    public ActivityPage {
        updates = List.copyOf(updates);
    }

    /** One update. */
    public record UpdateRow(Badge status, String date, String commentary, String author, boolean illustrative) {}
}
