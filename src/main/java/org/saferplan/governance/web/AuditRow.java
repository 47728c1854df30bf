package org.saferplan.governance.web;

import java.util.List;

/**
 * One audit entry as the audit pages show it.
 *
 * @param when the time in Europe/London, e.g. "26 November 2026 11:05"
 * @param partnership the partnership's name, or "All partnerships" for shared records
 * @param before the values before the change, one "name: value" per field; empty when the record was created
 * @param after the values after the change; empty when the record was deleted
 */
public record AuditRow(
        long id,
        String when,
        String actor,
        String partnership,
        String recordType,
        String recordId,
        String action,
        List<String> before,
        List<String> after) {

    public AuditRow {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }
}
