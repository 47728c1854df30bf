package org.saferplan.governance.web;

import java.util.List;

/**
 * One action as listed: who owns it, when it is due and where it stands, the meeting it was raised at, and its
 * updates ("Done at the meeting on 3 June 2021: ..."). {@code updateHref} is null when it cannot be updated here.
 */
public record ActionRow(
        String text,
        String owner,
        String due,
        boolean overdue,
        String status,
        String statusClass,
        String group,
        String raisedAt,
        String raisedAtHref,
        List<String> updates,
        String updateHref) {

    public ActionRow {
        updates = List.copyOf(updates);
    }
}
