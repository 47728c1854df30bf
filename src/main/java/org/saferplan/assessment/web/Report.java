package org.saferplan.assessment.web;

import java.util.List;

/**
 * The assessment report: method, evidence per theme, matrix, ranking, decision and caveats, with the comparison
 * with the partnership's previous assessment when there is one.
 *
 * @param planChange what agreeing did to the plan, or null before agreement
 * @param previous the comparison with the previous year's assessment, or null
 */
public record Report(
        String partnership,
        String title,
        String status,
        String agreed,
        Ranking ranking,
        PlanChange planChange,
        Comparison previous,
        List<Bar> bars) {

    public Report {
        bars = List.copyOf(bars);
    }

    /** One bar of the ranking chart: the theme's total as a share of the largest total (0 to 1). */
    public record Bar(String title, String total, double share, int y) {}
}
