package org.saferplan.performance;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.saferplan.statistics.ImprovementDirection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The performance tables. Every read that starts from an indicator id also takes the partnership's id, so an id
 * from another partnership is not found.
 */
@Repository
class PerformanceRepository {

    private static final String INDICATOR_COLUMNS = """
            id, partnership_id, name, unit, unit_label, source, numerator, denominator, improvement, target,
            frequency, description, illustrative
            """;

    private final JdbcClient jdbc;

    PerformanceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Indicator> indicators(long partnershipId) {
        return jdbc.sql("SELECT " + INDICATOR_COLUMNS
                        + " FROM performance_indicator WHERE partnership_id = :p ORDER BY lower(name), id")
                .param("p", partnershipId)
                .query(PerformanceRepository::indicator)
                .list();
    }

    Optional<Indicator> indicator(long partnershipId, long id, boolean lock) {
        return jdbc.sql("SELECT " + INDICATOR_COLUMNS
                        + " FROM performance_indicator WHERE partnership_id = :p AND id = :id"
                        + (lock ? " FOR UPDATE" : ""))
                .param("p", partnershipId)
                .param("id", id)
                .query(PerformanceRepository::indicator)
                .optional();
    }

    boolean nameTaken(long partnershipId, String name, long exceptId) {
        return jdbc.sql("""
                        SELECT count(*) FROM performance_indicator
                        WHERE partnership_id = :p AND lower(name) = lower(:name) AND id <> :id
                        """)
                        .param("p", partnershipId)
                        .param("name", name)
                        .param("id", exceptId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    long insertIndicator(Indicator i) {
        return jdbc.sql("""
                        INSERT INTO performance_indicator (partnership_id, name, unit, unit_label, source, numerator,
                          denominator, improvement, target, frequency, description, illustrative)
                        VALUES (:p, :name, :unit, :unitLabel, :source, :numerator, :denominator, :improvement,
                          :target, :frequency, :description, :illustrative)
                        RETURNING id
                        """)
                .param("p", i.partnershipId())
                .param("name", i.name())
                .param("unit", i.unit().name())
                .param("unitLabel", i.unitLabel())
                .param("source", i.source().name())
                .param("numerator", i.numerator())
                .param("denominator", i.denominator())
                .param("improvement", i.improvement().name())
                .param("target", i.target(), Types.NUMERIC)
                .param("frequency", i.frequency().name())
                .param("description", i.description())
                .param("illustrative", i.illustrative())
                .query(Long.class)
                .single();
    }

    void updateIndicator(Indicator i) {
        jdbc.sql("""
                        UPDATE performance_indicator SET name = :name, unit = :unit, unit_label = :unitLabel,
                          source = :source, numerator = :numerator, denominator = :denominator,
                          improvement = :improvement, target = :target, description = :description
                        WHERE id = :id
                        """)
                .param("name", i.name())
                .param("unit", i.unit().name())
                .param("unitLabel", i.unitLabel())
                .param("source", i.source().name())
                .param("numerator", i.numerator())
                .param("denominator", i.denominator())
                .param("improvement", i.improvement().name())
                .param("target", i.target(), Types.NUMERIC)
                .param("description", i.description())
                .param("id", i.id())
                .update();
    }

    /** The indicator's values in period order. */
    List<IndicatorValue> values(long indicatorId) {
        return jdbc.sql("""
                        SELECT period, starts_on, value, note FROM performance_value
                        WHERE indicator_id = :i ORDER BY starts_on
                        """)
                .param("i", indicatorId)
                .query((rs, row) -> new IndicatorValue(
                        new Period(
                                rs.getString("period"), rs.getDate("starts_on").toLocalDate()),
                        rs.getBigDecimal("value"),
                        rs.getString("note")))
                .list();
    }

    /** Stores the value, replacing any value of the same period. */
    void saveValue(long indicatorId, IndicatorValue value) {
        jdbc.sql("""
                        INSERT INTO performance_value (indicator_id, period, starts_on, value, note)
                        VALUES (:i, :period, :startsOn, :value, :note)
                        ON CONFLICT (indicator_id, period) DO UPDATE SET value = :value, note = :note
                        """)
                .param("i", indicatorId)
                .param("period", value.period().text())
                .param("startsOn", Date.valueOf(value.period().startsOn()))
                .param("value", value.value(), Types.NUMERIC)
                .param("note", value.note())
                .update();
    }

    int deleteValue(long indicatorId, String period) {
        return jdbc.sql("DELETE FROM performance_value WHERE indicator_id = :i AND period = :period")
                .param("i", indicatorId)
                .param("period", period)
                .update();
    }

    List<Rebase> rebases(long indicatorId) {
        return jdbc.sql("""
                        SELECT r.period, r.reason, r.created_by, r.created_at FROM performance_rebase r
                        LEFT JOIN performance_value v ON v.indicator_id = r.indicator_id AND v.period = r.period
                        WHERE r.indicator_id = :i ORDER BY v.starts_on NULLS LAST, r.period
                        """)
                .param("i", indicatorId)
                .query((rs, row) -> new Rebase(
                        rs.getString("period"),
                        rs.getString("reason"),
                        rs.getString("created_by"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    void insertRebase(long indicatorId, String period, String reason, String by) {
        jdbc.sql("""
                        INSERT INTO performance_rebase (indicator_id, period, reason, created_by)
                        VALUES (:i, :period, :reason, :by)
                        """)
                .param("i", indicatorId)
                .param("period", period)
                .param("reason", reason)
                .param("by", by)
                .update();
    }

    int deleteRebase(long indicatorId, String period) {
        return jdbc.sql("DELETE FROM performance_rebase WHERE indicator_id = :i AND period = :period")
                .param("i", indicatorId)
                .param("period", period)
                .update();
    }

    /** The ids of the indicators linked to each of the measures, by measure key. */
    Map<UUID, List<Long>> linkedIndicators(long partnershipId, Collection<UUID> measureKeys) {
        var links = new HashMap<UUID, List<Long>>();
        if (measureKeys.isEmpty()) {
            return links;
        }
        jdbc.sql("""
                        SELECT l.measure_key, l.indicator_id FROM performance_measure_indicator l
                        JOIN performance_indicator i ON i.id = l.indicator_id
                        WHERE l.partnership_id = :p AND l.measure_key IN (:keys) ORDER BY lower(i.name), i.id
                        """).param("p", partnershipId).param("keys", measureKeys).query(rs -> {
            links.computeIfAbsent(rs.getObject("measure_key", UUID.class), k -> new ArrayList<>())
                    .add(rs.getLong("indicator_id"));
        });
        return links;
    }

    List<UUID> linkedMeasureKeys(long partnershipId, long indicatorId) {
        return jdbc.sql("""
                        SELECT measure_key FROM performance_measure_indicator
                        WHERE partnership_id = :p AND indicator_id = :i
                        """)
                .param("p", partnershipId)
                .param("i", indicatorId)
                .query((rs, row) -> rs.getObject("measure_key", UUID.class))
                .list();
    }

    boolean link(long partnershipId, UUID measureKey, long indicatorId) {
        return jdbc.sql("""
                        INSERT INTO performance_measure_indicator (partnership_id, measure_key, indicator_id)
                        VALUES (:p, :m, :i) ON CONFLICT DO NOTHING
                        """)
                        .param("p", partnershipId)
                        .param("m", measureKey)
                        .param("i", indicatorId)
                        .update()
                > 0;
    }

    boolean unlink(long partnershipId, UUID measureKey, long indicatorId) {
        return jdbc.sql("""
                        DELETE FROM performance_measure_indicator
                        WHERE partnership_id = :p AND measure_key = :m AND indicator_id = :i
                        """)
                        .param("p", partnershipId)
                        .param("m", measureKey)
                        .param("i", indicatorId)
                        .update()
                > 0;
    }

    /** A measure's evidence notes, newest first. */
    List<EvidenceNote> evidenceNotes(long partnershipId, UUID measureKey) {
        return jdbc.sql("""
                        SELECT id, noted_on, note, author FROM performance_evidence_note
                        WHERE partnership_id = :p AND measure_key = :m ORDER BY noted_on DESC, id DESC
                        """)
                .param("p", partnershipId)
                .param("m", measureKey)
                .query((rs, row) -> new EvidenceNote(
                        rs.getLong("id"),
                        rs.getDate("noted_on").toLocalDate(),
                        rs.getString("note"),
                        rs.getString("author")))
                .list();
    }

    long insertEvidenceNote(long partnershipId, UUID measureKey, LocalDate on, String note, String author) {
        return jdbc.sql("""
                        INSERT INTO performance_evidence_note (partnership_id, measure_key, noted_on, note, author)
                        VALUES (:p, :m, :on, :note, :author) RETURNING id
                        """)
                .param("p", partnershipId)
                .param("m", measureKey)
                .param("on", Date.valueOf(on))
                .param("note", note)
                .param("author", author)
                .query(Long.class)
                .single();
    }

    /** An activity's updates, newest first. */
    List<ActivityUpdate> updates(long partnershipId, UUID activityKey) {
        return jdbc.sql("""
                        SELECT id, activity_id, status, commentary, update_on, author, created_at, illustrative
                        FROM performance_activity_update
                        WHERE partnership_id = :p AND activity_key = :a ORDER BY update_on DESC, id DESC
                        """)
                .param("p", partnershipId)
                .param("a", activityKey)
                .query(PerformanceRepository::update)
                .list();
    }

    /** The latest update of each activity of the partnership that has one, by activity key. */
    Map<UUID, ActivityUpdate> latestUpdates(long partnershipId) {
        var latest = new HashMap<UUID, ActivityUpdate>();
        jdbc.sql("""
                        SELECT DISTINCT ON (activity_key) activity_key, id, activity_id, status, commentary, update_on,
                               author, created_at, illustrative
                        FROM performance_activity_update WHERE partnership_id = :p
                        ORDER BY activity_key, update_on DESC, id DESC
                        """).param("p", partnershipId).query(rs -> {
            latest.put(rs.getObject("activity_key", UUID.class), update(rs, 0));
        });
        return latest;
    }

    /** An update with the stable key of its activity. */
    record KeyedUpdate(UUID activityKey, ActivityUpdate update) {}

    /** The partnership's updates dated after the day given (every update when it is null), oldest first. */
    List<KeyedUpdate> updatesAfter(long partnershipId, LocalDate after) {
        return jdbc.sql("""
                        SELECT activity_key, id, activity_id, status, commentary, update_on, author, created_at,
                               illustrative
                        FROM performance_activity_update
                        WHERE partnership_id = :p AND update_on > :after ORDER BY update_on, id
                        """)
                .param("p", partnershipId)
                .param("after", Date.valueOf(after == null ? LocalDate.of(1900, 1, 1) : after))
                .query((rs, row) -> new KeyedUpdate(rs.getObject("activity_key", UUID.class), update(rs, row)))
                .list();
    }

    long insertUpdate(
            long partnershipId,
            UUID activityKey,
            long activityId,
            RagStatus status,
            String commentary,
            LocalDate on,
            String author,
            Long organisationId,
            boolean illustrative) {
        return jdbc.sql("""
                        INSERT INTO performance_activity_update (partnership_id, activity_key, activity_id, status,
                          commentary, update_on, author, organisation_id, illustrative)
                        VALUES (:p, :key, :activity, :status, :commentary, :on, :author, :organisation, :illustrative)
                        RETURNING id
                        """)
                .param("p", partnershipId)
                .param("key", activityKey)
                .param("activity", activityId)
                .param("status", status.name())
                .param("commentary", commentary)
                .param("on", Date.valueOf(on))
                .param("author", author)
                .param("organisation", organisationId, Types.BIGINT)
                .param("illustrative", illustrative)
                .query(Long.class)
                .single();
    }

    private static ActivityUpdate update(ResultSet rs, int row) throws SQLException {
        return new ActivityUpdate(
                rs.getLong("id"),
                rs.getLong("activity_id"),
                RagStatus.valueOf(rs.getString("status")),
                rs.getString("commentary"),
                rs.getDate("update_on").toLocalDate(),
                rs.getString("author"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getBoolean("illustrative"));
    }

    private static Indicator indicator(ResultSet rs, int row) throws SQLException {
        BigDecimal target = rs.getBigDecimal("target");
        return new Indicator(
                rs.getLong("id"),
                rs.getLong("partnership_id"),
                rs.getString("name"),
                Unit.valueOf(rs.getString("unit")),
                rs.getString("unit_label"),
                Source.valueOf(rs.getString("source")),
                rs.getString("numerator"),
                rs.getString("denominator"),
                ImprovementDirection.valueOf(rs.getString("improvement")),
                target,
                Frequency.valueOf(rs.getString("frequency")),
                rs.getString("description"),
                rs.getBoolean("illustrative"));
    }
}
