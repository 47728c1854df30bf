package org.saferplan.assessment;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The assessment module's tables (V18). Every read of an assessment takes the partnership's id. */
@Repository
class AssessmentRepository {

    private static final String ASSESSMENT = """
            SELECT id, partnership_id, year, title, matrix, status, created_by, created_at, agreed_by, agreed_at
            FROM assessment
            """;

    private final JdbcClient jdbc;

    AssessmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A theme as stored. */
    record ThemeRow(
            long id,
            long assessmentId,
            String title,
            String description,
            String origin,
            List<String> crimeTypes,
            List<Long> datasetIds,
            int position,
            boolean agreed,
            String decisionReason) {}

    record Objective(long id, String text, int position) {}

    record ManualItem(
            long id,
            long themeId,
            String text,
            String source,
            LocalDate date,
            String link,
            String addedBy,
            Instant addedAt) {}

    record Score(long themeId, String dimension, int score, String reason, String by, Instant at) {}

    record Run(long id, long assessmentId, Instant at, String by, String ranking) {}

    List<Assessment> all(long partnershipId) {
        return jdbc.sql(ASSESSMENT + " WHERE partnership_id = :p ORDER BY year DESC")
                .param("p", partnershipId)
                .query(this::assessment)
                .list();
    }

    Optional<Assessment> byYear(long partnershipId, int year, boolean lock) {
        return jdbc.sql(ASSESSMENT + " WHERE partnership_id = :p AND year = :y" + (lock ? " FOR UPDATE" : ""))
                .param("p", partnershipId)
                .param("y", year)
                .query(this::assessment)
                .optional();
    }

    Optional<Assessment> byId(long partnershipId, long id) {
        return jdbc.sql(ASSESSMENT + " WHERE partnership_id = :p AND id = :id")
                .param("p", partnershipId)
                .param("id", id)
                .query(this::assessment)
                .optional();
    }

    long insert(long partnershipId, int year, String title, Matrix matrix, String by) {
        long id = jdbc.sql("""
                        INSERT INTO assessment (partnership_id, year, title, matrix, created_by)
                        VALUES (:p, :y, :t, :m, :by) RETURNING id
                        """)
                .param("p", partnershipId)
                .param("y", year)
                .param("t", title)
                .param("m", matrix.name())
                .param("by", by)
                .query(Long.class)
                .single();
        for (var d : matrix.dimensions()) {
            jdbc.sql("""
                            INSERT INTO assessment_dimension
                              (assessment_id, dimension_key, label, description, weight, role, rule, position)
                            VALUES (:a, :k, :l, :d, :w, :r, :rule, :pos)
                            """)
                    .param("a", id)
                    .param("k", d.key())
                    .param("l", d.label())
                    .param("d", d.description())
                    .param("w", d.weight())
                    .param("r", d.role())
                    .param("rule", d.rule())
                    .param("pos", d.position())
                    .update();
        }
        return id;
    }

    void agree(Assessment agreed, String rankingJson, String reportHtml, String planUpdateJson) {
        jdbc.sql("""
                        UPDATE assessment SET status = :s, agreed_by = :by, agreed_at = :at,
                          agreed_ranking = CAST(:r AS JSONB), report_html = :h, plan_update = CAST(:u AS JSONB)
                        WHERE id = :id
                        """)
                .param("s", agreed.status())
                .param("by", agreed.agreedBy())
                .param("at", Timestamp.from(agreed.agreedAt()))
                .param("r", rankingJson)
                .param("h", reportHtml)
                .param("u", planUpdateJson)
                .param("id", agreed.id())
                .update();
    }

    /** The ranking, report and plan update stored when the assessment was agreed. */
    record Agreed(String ranking, String reportHtml, String planUpdate) {}

    Optional<Agreed> agreed(long assessmentId) {
        return jdbc.sql("""
                        SELECT agreed_ranking::text AS r, report_html, plan_update::text AS u FROM assessment
                        WHERE id = :id AND status = 'AGREED'
                        """)
                .param("id", assessmentId)
                .query((rs, row) -> new Agreed(rs.getString("r"), rs.getString("report_html"), rs.getString("u")))
                .optional();
    }

    List<Dimension> dimensions(long assessmentId) {
        return jdbc.sql("""
                        SELECT dimension_key, label, description, weight, role, rule, position
                        FROM assessment_dimension WHERE assessment_id = :a ORDER BY position
                        """)
                .param("a", assessmentId)
                .query((rs, row) -> new Dimension(
                        rs.getString("dimension_key"),
                        rs.getString("label"),
                        rs.getString("description"),
                        rs.getBigDecimal("weight"),
                        rs.getString("role"),
                        rs.getString("rule"),
                        rs.getInt("position")))
                .list();
    }

    void setWeight(long assessmentId, String key, BigDecimal weight) {
        jdbc.sql("UPDATE assessment_dimension SET weight = :w WHERE assessment_id = :a AND dimension_key = :k")
                .param("w", weight)
                .param("a", assessmentId)
                .param("k", key)
                .update();
    }

    List<ThemeRow> themes(long assessmentId) {
        return jdbc.sql("""
                        SELECT id, assessment_id, title, description, origin, crime_types, dataset_ids, position,
                               agreed, decision_reason
                        FROM assessment_theme WHERE assessment_id = :a ORDER BY position, id
                        """)
                .param("a", assessmentId)
                .query((rs, row) -> new ThemeRow(
                        rs.getLong("id"),
                        rs.getLong("assessment_id"),
                        rs.getString("title"),
                        rs.getString("description"),
                        rs.getString("origin"),
                        strings(rs.getArray("crime_types")),
                        longs(rs.getArray("dataset_ids")),
                        rs.getInt("position"),
                        rs.getBoolean("agreed"),
                        rs.getString("decision_reason")))
                .list();
    }

    boolean titleTaken(long assessmentId, String title) {
        return jdbc.sql(
                        "SELECT EXISTS (SELECT 1 FROM assessment_theme WHERE assessment_id = :a AND lower(title) = lower(:t))")
                .param("a", assessmentId)
                .param("t", title)
                .query(Boolean.class)
                .single();
    }

    long insertTheme(long assessmentId, String title, String description, String origin, List<String> crimeTypes) {
        return jdbc.sql("""
                        INSERT INTO assessment_theme (assessment_id, title, description, origin, crime_types, position)
                        VALUES (:a, :t, :d, :o, CAST(:c AS TEXT[]),
                          (SELECT coalesce(max(position), 0) + 1 FROM assessment_theme WHERE assessment_id = :a))
                        RETURNING id
                        """)
                .param("a", assessmentId)
                .param("t", title)
                .param("d", description)
                .param("o", origin)
                .param("c", arrayLiteral(crimeTypes))
                .query(Long.class)
                .single();
    }

    void setCrimeTypes(long themeId, List<String> crimeTypes) {
        jdbc.sql("UPDATE assessment_theme SET crime_types = CAST(:c AS TEXT[]) WHERE id = :id")
                .param("c", arrayLiteral(crimeTypes))
                .param("id", themeId)
                .update();
    }

    void setDatasets(long themeId, List<Long> datasetIds) {
        jdbc.sql("UPDATE assessment_theme SET dataset_ids = CAST(:d AS BIGINT[]) WHERE id = :id")
                .param(
                        "d",
                        "{"
                                + String.join(
                                        ",",
                                        datasetIds.stream().map(String::valueOf).toList()) + "}")
                .param("id", themeId)
                .update();
    }

    void setDecision(long themeId, boolean agreed, String reason) {
        jdbc.sql("UPDATE assessment_theme SET agreed = :g, decision_reason = :r WHERE id = :id")
                .param("g", agreed)
                .param("r", reason)
                .param("id", themeId)
                .update();
    }

    List<Objective> objectives(long assessmentId) {
        return jdbc.sql(
                        "SELECT id, text, position FROM assessment_objective WHERE assessment_id = :a ORDER BY position, id")
                .param("a", assessmentId)
                .query((rs, row) -> new Objective(rs.getLong("id"), rs.getString("text"), rs.getInt("position")))
                .list();
    }

    long insertObjective(long assessmentId, String text) {
        return jdbc.sql("""
                        INSERT INTO assessment_objective (assessment_id, text, position)
                        VALUES (:a, :t, (SELECT coalesce(max(position), 0) + 1 FROM assessment_objective
                                         WHERE assessment_id = :a))
                        RETURNING id
                        """)
                .param("a", assessmentId)
                .param("t", text)
                .query(Long.class)
                .single();
    }

    /** Objective ids per theme id. */
    Map<Long, List<Long>> alignments(long assessmentId) {
        var links = new HashMap<Long, List<Long>>();
        jdbc.sql("""
                        SELECT l.theme_id, l.objective_id FROM assessment_theme_objective l
                        JOIN assessment_theme t ON t.id = l.theme_id JOIN assessment_objective o ON o.id = l.objective_id
                        WHERE t.assessment_id = :a ORDER BY o.position, o.id
                        """).param("a", assessmentId).query(rs -> {
            links.computeIfAbsent(rs.getLong("theme_id"), k -> new ArrayList<>())
                    .add(rs.getLong("objective_id"));
        });
        return links;
    }

    void setAlignments(long themeId, List<Long> objectiveIds) {
        jdbc.sql("DELETE FROM assessment_theme_objective WHERE theme_id = :t")
                .param("t", themeId)
                .update();
        for (var objective : objectiveIds) {
            jdbc.sql("INSERT INTO assessment_theme_objective (theme_id, objective_id) VALUES (:t, :o)")
                    .param("t", themeId)
                    .param("o", objective)
                    .update();
        }
    }

    List<ManualItem> manualItems(long assessmentId) {
        return jdbc.sql("""
                        SELECT e.id, e.theme_id, e.text, e.source, e.evidence_date, e.link, e.added_by, e.added_at
                        FROM assessment_evidence e JOIN assessment_theme t ON t.id = e.theme_id
                        WHERE t.assessment_id = :a ORDER BY e.evidence_date DESC NULLS LAST, e.id
                        """)
                .param("a", assessmentId)
                .query((rs, row) -> new ManualItem(
                        rs.getLong("id"),
                        rs.getLong("theme_id"),
                        rs.getString("text"),
                        rs.getString("source"),
                        date(rs, "evidence_date"),
                        rs.getString("link"),
                        rs.getString("added_by"),
                        rs.getTimestamp("added_at").toInstant()))
                .list();
    }

    long insertManualItem(long themeId, String text, String source, LocalDate date, String link, String by) {
        return jdbc.sql("""
                        INSERT INTO assessment_evidence (theme_id, text, source, evidence_date, link, added_by)
                        VALUES (:t, :x, :s, :d, :l, :by) RETURNING id
                        """)
                .param("t", themeId)
                .param("x", text)
                .param("s", source)
                .param("d", date == null ? null : java.sql.Date.valueOf(date))
                .param("l", link)
                .param("by", by)
                .query(Long.class)
                .single();
    }

    List<Score> scores(long assessmentId) {
        return jdbc.sql("""
                        SELECT s.theme_id, s.dimension_key, s.score, s.reason, s.scored_by, s.scored_at
                        FROM assessment_score s JOIN assessment_theme t ON t.id = s.theme_id WHERE t.assessment_id = :a
                        """)
                .param("a", assessmentId)
                .query((rs, row) -> new Score(
                        rs.getLong("theme_id"),
                        rs.getString("dimension_key"),
                        rs.getInt("score"),
                        rs.getString("reason"),
                        rs.getString("scored_by"),
                        rs.getTimestamp("scored_at").toInstant()))
                .list();
    }

    void saveScore(long themeId, String dimension, int score, String reason, String by) {
        jdbc.sql("""
                        INSERT INTO assessment_score (theme_id, dimension_key, score, reason, scored_by)
                        VALUES (:t, :d, :s, :r, :by)
                        ON CONFLICT (theme_id, dimension_key) DO UPDATE
                          SET score = :s, reason = :r, scored_by = :by, scored_at = now()
                        """)
                .param("t", themeId)
                .param("d", dimension)
                .param("s", score)
                .param("r", reason)
                .param("by", by)
                .update();
    }

    long insertRun(long assessmentId, String by, String rankingJson) {
        return jdbc.sql("""
                        INSERT INTO assessment_run (assessment_id, run_by, ranking) VALUES (:a, :by, CAST(:r AS JSONB))
                        RETURNING id
                        """)
                .param("a", assessmentId)
                .param("by", by)
                .param("r", rankingJson)
                .query(Long.class)
                .single();
    }

    List<Run> runs(long assessmentId) {
        return jdbc.sql("""
                        SELECT id, assessment_id, run_at, run_by, ranking::text AS ranking FROM assessment_run
                        WHERE assessment_id = :a ORDER BY run_at DESC, id DESC
                        """)
                .param("a", assessmentId)
                .query((rs, row) -> new Run(
                        rs.getLong("id"),
                        rs.getLong("assessment_id"),
                        rs.getTimestamp("run_at").toInstant(),
                        rs.getString("run_by"),
                        rs.getString("ranking")))
                .list();
    }

    private Assessment assessment(ResultSet rs, int row) throws SQLException {
        var agreedAt = rs.getTimestamp("agreed_at");
        return new Assessment(
                rs.getLong("id"),
                rs.getLong("partnership_id"),
                rs.getInt("year"),
                rs.getString("title"),
                Matrix.valueOf(rs.getString("matrix")),
                rs.getString("status"),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("agreed_by"),
                agreedAt == null ? null : agreedAt.toInstant());
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static List<Long> longs(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((Long[]) array.getArray());
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        var date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    /** A PostgreSQL array literal; each element is quoted and escaped. */
    private static String arrayLiteral(List<String> values) {
        var parts = values.stream()
                .map(v -> "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .toList();
        return "{" + String.join(",", parts) + "}";
    }
}
