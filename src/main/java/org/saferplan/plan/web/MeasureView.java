package org.saferplan.plan.web;

/** A measure as shown on a page; editHref is null unless the reader may edit it now. */
public record MeasureView(
        long id, String text, String direction, String baseline, String target, String howMeasured, String editHref) {}
