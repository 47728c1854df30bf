package org.saferplan.plan.web;

import java.util.List;

/** A theme's activities owned by one organisation. */
public record WorkPlanTheme(String title, String kind, List<ActivityView> activities) {

    public WorkPlanTheme {
        activities = List.copyOf(activities);
    }
}
