package org.saferplan.governance.web;

import java.util.List;

/**
 * An audit trail page: the filter and what it found.
 *
 * @param formAction where the filter form sends its query
 * @param showPartnership whether to show each entry's partnership (administrators see every partnership)
 * @param limit the most entries shown
 */
public record AuditPage(String formAction, AuditQuery query, List<AuditRow> rows, boolean showPartnership, int limit) {

    public AuditPage {
        rows = List.copyOf(rows);
    }

    public boolean limited() {
        return rows.size() >= limit;
    }
}
