package org.saferplan.publishing.web;

import java.util.List;
import java.util.Map;
import org.saferplan.plan.PublishedPlans;

/**
 * A published plan version on the public site (or a coordinator's preview of one).
 *
 * @param sections each section's text by section key, with its links resolved
 * @param current whether this is the partnership's current published version
 * @param preview whether this is a workspace preview of a version that is not public
 */
public record PlanPage(
        PublicPartnership partnership,
        PublishedPlans.Content content,
        Map<String, List<PublicText>> sections,
        boolean current,
        boolean preview,
        String currentHref,
        String versionHref,
        StatisticsView statistics) {

    public List<PublicText> section(String key) {
        return sections.getOrDefault(key, List.of());
    }

    public List<PublishedPlans.PublishedTheme> priorities() {
        return content.themes().stream()
                .filter(t -> t.kind().equals("PRIORITY"))
                .toList();
    }

    public List<PublishedPlans.PublishedTheme> otherThemes() {
        return content.themes().stream()
                .filter(t -> !t.kind().equals("PRIORITY")
                        && (!t.activities().isEmpty() || !t.measures().isEmpty()))
                .toList();
    }

    public String pdfHref() {
        return versionHref + ".pdf";
    }

    public String downloadHref(String table, String format) {
        return versionHref + "/" + table + "." + format;
    }

    public String workPlansHref() {
        return versionHref + "/work-plans";
    }

    /** An HTML id for a theme's heading. */
    public static String anchor(String title) {
        return "priority-"
                + title.toLowerCase(java.util.Locale.ROOT)
                        .replaceAll("[^a-z0-9]+", "-")
                        .replaceAll("^-|-$", "");
    }
}
