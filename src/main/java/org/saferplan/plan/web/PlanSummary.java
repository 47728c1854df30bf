package org.saferplan.plan.web;

import java.util.List;

/** A plan and its versions, newest first; refreshHref is null when a draft already exists. */
public record PlanSummary(
        long id, String title, String years, List<VersionRow> versions, String refreshHref, String draftNotice) {

    public PlanSummary {
        versions = List.copyOf(versions);
    }
}
