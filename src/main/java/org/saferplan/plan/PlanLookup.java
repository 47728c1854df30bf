package org.saferplan.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What other modules (performance) may read of the plan: the partnership's current version, its activities and
 * measures, and one activity or measure by id. Read-only; every lookup takes the partnership's id, so an id from
 * another partnership is not found. The current version is the latest published version of the partnership's plans
 * (newest financial year), or, before anything is published, the latest version of any status.
 */
@Service
public class PlanLookup {

    private final JdbcClient jdbc;

    PlanLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A plan version as other modules see it; {@code since} is when it was published, or else created. */
    public record VersionRef(long id, String planTitle, String label, String status, Instant since) {}

    /** An activity; {@code key} is stable across refreshes. */
    public record ActivityRef(
            long id,
            UUID key,
            long versionId,
            String version,
            String theme,
            String text,
            List<Long> owners,
            LocalDate startsOn,
            LocalDate dueOn,
            boolean complete) {

        public ActivityRef {
            owners = List.copyOf(owners);
        }
    }

    /** A measure; {@code key} is stable across refreshes; {@code direction} is INCREASE, DECREASE or NEUTRAL. */
    public record MeasureRef(
            long id,
            UUID key,
            long versionId,
            String version,
            String theme,
            String text,
            String direction,
            String howMeasured) {}

    /** A theme (priority, monitored, cross-cutting or linked strategy); {@code key} is stable across refreshes. */
    public record ThemeRef(long id, UUID key, long versionId, String version, String kind, String title) {}

    /** The themes of a version, in plan order. */
    public List<ThemeRef> themes(long partnershipId, long versionId) {
        return jdbc.sql("""
                        SELECT t.id, t.stable_key, v.id AS version_id, v.label, t.kind, t.title
                        FROM plan_theme t JOIN plan_version v ON v.id = t.version_id JOIN plan p ON p.id = v.plan_id
                        WHERE p.partnership_id = :p AND v.id = :id
                        ORDER BY t.position, t.id
                        """)
                .param("p", partnershipId)
                .param("id", versionId)
                .query((rs, row) -> new ThemeRef(
                        rs.getLong("id"),
                        rs.getObject("stable_key", UUID.class),
                        rs.getLong("version_id"),
                        rs.getString("label"),
                        rs.getString("kind"),
                        rs.getString("title")))
                .list();
    }

    public Optional<VersionRef> currentVersion(long partnershipId) {
        return jdbc.sql("""
                        SELECT v.id, p.title, v.label, v.status, coalesce(v.published_at, v.created_at) AS since
                        FROM plan_version v JOIN plan p ON p.id = v.plan_id
                        WHERE p.partnership_id = :p
                        ORDER BY (v.status = 'PUBLISHED') DESC, v.financial_year DESC, v.id DESC
                        LIMIT 1
                        """)
                .param("p", partnershipId)
                .query((rs, row) -> new VersionRef(
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getString("label"),
                        rs.getString("status"),
                        rs.getTimestamp("since").toInstant()))
                .optional();
    }

    public List<ActivityRef> activities(long partnershipId, long versionId) {
        return activities("p.partnership_id = :p AND v.id = :id", partnershipId, versionId);
    }

    public Optional<ActivityRef> activity(long partnershipId, long activityId) {
        return activities("p.partnership_id = :p AND a.id = :id", partnershipId, activityId).stream()
                .findFirst();
    }

    public List<MeasureRef> measures(long partnershipId, long versionId) {
        return measures("p.partnership_id = :p AND v.id = :id", partnershipId, versionId);
    }

    public Optional<MeasureRef> measure(long partnershipId, long measureId) {
        return measures("p.partnership_id = :p AND m.id = :id", partnershipId, measureId).stream()
                .findFirst();
    }

    private List<ActivityRef> activities(String where, long partnershipId, long id) {
        Map<Long, List<Long>> owners = new HashMap<>();
        jdbc.sql("""
                        SELECT o.activity_id, o.organisation_id FROM plan_activity_owner o
                        JOIN plan_activity a ON a.id = o.activity_id JOIN plan_theme t ON t.id = a.theme_id
                        JOIN plan_version v ON v.id = t.version_id JOIN plan p ON p.id = v.plan_id
                        WHERE """ + " " + where + " ORDER BY o.organisation_id")
                .param("p", partnershipId)
                .param("id", id)
                .query(rs -> {
                    owners.computeIfAbsent(rs.getLong("activity_id"), k -> new ArrayList<>())
                            .add(rs.getLong("organisation_id"));
                });
        return jdbc.sql("""
                        SELECT a.id, a.stable_key, v.id AS version_id, v.label, t.title, a.text, a.starts_on, a.due_on,
                               a.status
                        FROM plan_activity a JOIN plan_theme t ON t.id = a.theme_id
                        JOIN plan_version v ON v.id = t.version_id JOIN plan p ON p.id = v.plan_id
                        WHERE """ + " " + where + " ORDER BY t.position, t.id, a.position, a.id")
                .param("p", partnershipId)
                .param("id", id)
                .query((rs, row) -> new ActivityRef(
                        rs.getLong("id"),
                        rs.getObject("stable_key", UUID.class),
                        rs.getLong("version_id"),
                        rs.getString("label"),
                        rs.getString("title"),
                        rs.getString("text"),
                        owners.getOrDefault(rs.getLong("id"), List.of()),
                        date(rs, "starts_on"),
                        date(rs, "due_on"),
                        ActivityStatus.COMPLETE.name().equals(rs.getString("status"))))
                .list();
    }

    private List<MeasureRef> measures(String where, long partnershipId, long id) {
        return jdbc.sql("""
                        SELECT m.id, m.stable_key, v.id AS version_id, v.label, t.title, m.text, m.direction,
                               m.how_measured
                        FROM plan_measure m JOIN plan_theme t ON t.id = m.theme_id
                        JOIN plan_version v ON v.id = t.version_id JOIN plan p ON p.id = v.plan_id
                        WHERE """ + " " + where + " ORDER BY t.position, t.id, m.position, m.id")
                .param("p", partnershipId)
                .param("id", id)
                .query((rs, row) -> new MeasureRef(
                        rs.getLong("id"),
                        rs.getObject("stable_key", UUID.class),
                        rs.getLong("version_id"),
                        rs.getString("label"),
                        rs.getString("title"),
                        rs.getString("text"),
                        rs.getString("direction"),
                        rs.getString("how_measured")))
                .list();
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        var date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
