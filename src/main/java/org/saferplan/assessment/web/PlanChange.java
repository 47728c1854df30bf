package org.saferplan.assessment.web;

import java.util.List;

/**
 * What agreeing the priorities did to the plan's next refresh (from the plan module): priorities added, kept, and
 * dropped (not agreed, but left in the draft for the coordinator to remove, since removing a theme removes its
 * activities and measures).
 */
public record PlanChange(
        String plan,
        String version,
        long versionId,
        boolean refreshStarted,
        List<String> added,
        List<String> kept,
        List<String> dropped) {

    public PlanChange {
        added = List.copyOf(added);
        kept = List.copyOf(kept);
        dropped = List.copyOf(dropped);
    }
}
