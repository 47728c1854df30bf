package org.saferplan.audit;

import java.time.Instant;

/**
 * One change to one record.
 *
 * @param partnershipId the partnership the record belongs to, or null for shared records (users, organisations)
 * @param before the record's values before the change as JSON, null when it was created
 * @param after the record's values after the change as JSON, null when it was deleted
 */
public record AuditEntry(
        long id,
        Instant occurredAt,
        String actor,
        Long partnershipId,
        String recordType,
        String recordId,
        String action,
        String before,
        String after) {}
