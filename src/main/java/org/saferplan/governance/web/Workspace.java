package org.saferplan.governance.web;

import java.util.List;

/**
 * What every page of a partnership's workspace knows about it and the person reading it.
 *
 * @param role the person's role there, e.g. "Coordinator"
 * @param organisation the organisation the person works for there, or null when none is recorded
 * @param mayChangePartners whether the person may add and remove partner organisations
 * @param mayReadAudit whether the person may read the partnership's audit trail
 */
public record Workspace(
        String slug,
        String name,
        List<String> area,
        String role,
        String organisation,
        boolean mayChangePartners,
        boolean mayReadAudit) {

    public Workspace {
        area = List.copyOf(area);
    }
}
