package org.saferplan.crime.web;

import java.util.List;

/**
 * What the crime outcomes and harm pages share: title, where the page sits (ONS area or partnership workspace), the
 * period form and the downloads.
 *
 * @param workspaceSlug the partnership whose workspace frames the page, or null for an ONS area page
 * @param hasData false when no street data is stored for the area (the page then says so)
 * @param csvHref the CSV download of the page's main table
 * @param apiPath the JSON API path with the same figures (HTTP Basic or token)
 * @param statisticsHref the area's crime statistics page
 */
public record CrimeSubPage(
        String title,
        String caption,
        String workspaceSlug,
        boolean showAudit,
        String formAction,
        String from,
        String to,
        boolean hasData,
        String emptyMessage,
        List<String> areaNotes,
        String csvHref,
        String apiPath,
        String statisticsHref,
        String outcomesHref,
        String harmHref) {

    public CrimeSubPage {
        areaNotes = List.copyOf(areaNotes);
    }
}
