package org.saferplan.governance.web;

/** The audit trail filter form: sent as query parameters, blank fields match everything. */
public record AuditQuery(String recordType, String recordId, String actor) {

    public AuditQuery {
        recordType = clean(recordType);
        recordId = clean(recordId);
        actor = clean(actor);
    }

    public boolean any() {
        return !recordType.isEmpty() || !recordId.isEmpty() || !actor.isEmpty();
    }

    private static String clean(String value) {
        if (value == null) {
            return "";
        }
        var trimmed = value.strip();
        return trimmed.length() > 200 ? trimmed.substring(0, 200) : trimmed;
    }
}
