package org.saferplan.plan.web;

import java.util.List;
import org.saferplan.web.Option;

/**
 * What changed from one version ({@code from}) to another ({@code to}); with no other version chosen yet,
 * {@code chosen} is false and only the form is shown.
 */
public record ComparePage(
        long id,
        String versionHref,
        String planTitle,
        String fromLabel,
        String toLabel,
        boolean chosen,
        List<Option> others,
        String selected,
        List<Change> sections,
        List<Change> themes,
        List<Change> activities,
        List<Change> measures) {

    public ComparePage {
        others = List.copyOf(others);
        sections = List.copyOf(sections);
        themes = List.copyOf(themes);
        activities = List.copyOf(activities);
        measures = List.copyOf(measures);
    }

    public boolean noChanges() {
        return sections.isEmpty() && themes.isEmpty() && activities.isEmpty() && measures.isEmpty();
    }
}
