package org.saferplan.audit;

/**
 * What to look for in the audit trail; blank fields match everything.
 *
 * @param partnershipId only entries of this partnership; null for every partnership (administrators only)
 */
public record AuditFilter(Long partnershipId, String recordType, String recordId, String actor, int limit) {

    public AuditFilter {
        recordType = blankToNull(recordType);
        recordId = blankToNull(recordId);
        actor = blankToNull(actor);
        limit = limit <= 0 ? 200 : Math.min(limit, 1000);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
