package org.saferplan.plan.web;

import java.util.List;
import org.saferplan.web.Option;

/**
 * A whole plan version as a readable document, in the order of the Dorset plan.
 *
 * @param editable whether the reader may change the version now (a coordinator, and the version is a draft)
 * @param compareWith the versions of the same plan this one can be compared with; the first is the default
 */
public record VersionPage(
        long id,
        String href,
        String planTitle,
        String label,
        String financialYear,
        String status,
        String statusClass,
        String approved,
        String published,
        boolean editable,
        boolean mayApprove,
        boolean mayPublish,
        List<SectionView> sections,
        List<ThemeView> priorities,
        List<ThemeView> otherThemes,
        List<Option> compareWith,
        String addThemeHref) {

    public VersionPage {
        sections = List.copyOf(sections);
        priorities = List.copyOf(priorities);
        otherThemes = List.copyOf(otherThemes);
        compareWith = List.copyOf(compareWith);
    }

    public String title() {
        return planTitle + ": " + label;
    }

    public SectionView section(String kind) {
        return sections.stream().filter(s -> s.kind().equals(kind)).findFirst().orElseThrow();
    }
}
