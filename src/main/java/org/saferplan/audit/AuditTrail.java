package org.saferplan.audit;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records and reads changes. Callers record inside the transaction that makes the change, so a change and its
 * entry are stored together or not at all.
 */
@Service
public class AuditTrail {

    /** The actor recorded for changes made by SaferPlan itself (start-up, demo workspace, scheduled work). */
    public static final String SYSTEM = "system";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.json = JsonMapper.builder().build();
    }

    public void created(Long partnershipId, String recordType, Object recordId, Map<String, ?> after) {
        record(partnershipId, recordType, recordId, "created", null, after);
    }

    public void updated(
            Long partnershipId, String recordType, Object recordId, Map<String, ?> before, Map<String, ?> after) {
        record(partnershipId, recordType, recordId, "updated", before, after);
    }

    public void deleted(Long partnershipId, String recordType, Object recordId, Map<String, ?> before) {
        record(partnershipId, recordType, recordId, "deleted", before, null);
    }

    public List<AuditEntry> find(AuditFilter filter) {
        return jdbc.sql("""
                        SELECT id, occurred_at, actor, partnership_id, record_type, record_id, action,
                               before_values::text AS before_values, after_values::text AS after_values
                        FROM audit_entry
                        WHERE (CAST(:partnership AS BIGINT) IS NULL OR partnership_id = :partnership)
                          AND (CAST(:recordType AS TEXT) IS NULL OR record_type = :recordType)
                          AND (CAST(:recordId AS TEXT) IS NULL OR record_id = :recordId)
                          AND (CAST(:actor AS TEXT) IS NULL OR actor = :actor)
                        ORDER BY occurred_at DESC, id DESC
                        LIMIT :limit
                        """)
                .param("partnership", filter.partnershipId())
                .param("recordType", filter.recordType())
                .param("recordId", filter.recordId())
                .param("actor", filter.actor())
                .param("limit", filter.limit())
                .query((rs, row) -> new AuditEntry(
                        rs.getLong("id"),
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"),
                        (Long) rs.getObject("partnership_id"),
                        rs.getString("record_type"),
                        rs.getString("record_id"),
                        rs.getString("action"),
                        rs.getString("before_values"),
                        rs.getString("after_values")))
                .list();
    }

    private void record(
            Long partnershipId,
            String recordType,
            Object recordId,
            String action,
            Map<String, ?> before,
            Map<String, ?> after) {
        jdbc.sql("""
                        INSERT INTO audit_entry
                          (actor, partnership_id, record_type, record_id, action, before_values, after_values)
                        VALUES (:actor, :partnership, :recordType, :recordId, :action,
                                CAST(:before AS JSONB), CAST(:after AS JSONB))
                        """)
                .param("actor", currentActor())
                .param("partnership", partnershipId)
                .param("recordType", recordType)
                .param("recordId", String.valueOf(recordId))
                .param("action", action)
                .param("before", before == null ? null : json.writeValueAsString(before))
                .param("after", after == null ? null : json.writeValueAsString(after))
                .update();
    }

    /** The username of whoever is making the current change, or {@link #SYSTEM}. */
    public static String currentActor() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || authentication.getName() == null) {
            return SYSTEM;
        }
        return authentication.getName();
    }
}
