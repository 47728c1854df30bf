package org.saferplan.performance.web;

import java.util.List;

/** A measure of the plan with its linked indicators' latest icons and how many evidence notes it has. */
public record MeasureRow(String theme, String text, String href, List<LinkedIndicator> indicators, int notes) {

    public MeasureRow {
        indicators = List.copyOf(indicators);
    }

    /** A linked indicator with its latest variation and assurance (null badges before it has a chart). */
    public record LinkedIndicator(
            String name, String href, Badge variation, Badge assurance, boolean illustrative, String unlinkAction) {}
}
