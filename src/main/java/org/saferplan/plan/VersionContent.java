package org.saferplan.plan;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything in one plan version, read in one go. */
record VersionContent(
        Plan plan,
        PlanVersion version,
        Map<SectionKind, String> sections,
        List<Theme> themes,
        List<Activity> activities,
        List<Measure> measures) {

    VersionContent {
        sections = Map.copyOf(sections);
        themes = List.copyOf(themes);
        activities = List.copyOf(activities);
        measures = List.copyOf(measures);
    }

    String section(SectionKind kind) {
        return sections.getOrDefault(kind, "");
    }

    List<Activity> activitiesOf(long themeId) {
        return activities.stream().filter(a -> a.themeId() == themeId).toList();
    }

    List<Measure> measuresOf(long themeId) {
        return measures.stream().filter(m -> m.themeId() == themeId).toList();
    }

    Optional<Theme> theme(long themeId) {
        return themes.stream().filter(t -> t.id() == themeId).findFirst();
    }

    Optional<Activity> activity(long activityId) {
        return activities.stream().filter(a -> a.id() == activityId).findFirst();
    }

    Optional<Measure> measure(long measureId) {
        return measures.stream().filter(m -> m.id() == measureId).findFirst();
    }
}
