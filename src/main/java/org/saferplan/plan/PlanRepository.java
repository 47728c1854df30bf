package org.saferplan.plan;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The plan tables. Every read that starts from an id also takes the partnership's id, so an id from another
 * partnership is simply not found.
 */
@Repository
class PlanRepository {

    private final JdbcClient jdbc;

    PlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Plan> plans(long partnershipId) {
        return jdbc.sql("""
                        SELECT id, partnership_id, title, first_year, last_year FROM plan
                        WHERE partnership_id = :partnership ORDER BY first_year DESC, title
                        """)
                .param("partnership", partnershipId)
                .query(PlanRepository::plan)
                .list();
    }

    Optional<Plan> plan(long partnershipId, long planId) {
        return jdbc.sql("""
                        SELECT id, partnership_id, title, first_year, last_year FROM plan
                        WHERE partnership_id = :partnership AND id = :id
                        """)
                .param("partnership", partnershipId)
                .param("id", planId)
                .query(PlanRepository::plan)
                .optional();
    }

    boolean titleTaken(long partnershipId, String title) {
        return jdbc.sql("SELECT count(*) FROM plan WHERE partnership_id = :p AND lower(title) = lower(:t)")
                        .param("p", partnershipId)
                        .param("t", title)
                        .query(Long.class)
                        .single()
                > 0;
    }

    long insertPlan(long partnershipId, String title, int firstYear, int lastYear) {
        return jdbc.sql("""
                        INSERT INTO plan (partnership_id, title, first_year, last_year)
                        VALUES (:p, :title, :first, :last) RETURNING id
                        """)
                .param("p", partnershipId)
                .param("title", title)
                .param("first", firstYear)
                .param("last", lastYear)
                .query(Long.class)
                .single();
    }

    private static final String VERSION_COLUMNS = """
            v.id, v.plan_id, v.label, v.financial_year, v.status, v.based_on_id, v.created_by, v.created_at,
            v.approved_by, v.approved_at, v.published_by, v.published_at
            """;

    /** The plan's versions, newest financial year first. */
    List<PlanVersion> versions(long planId) {
        return jdbc.sql("SELECT " + VERSION_COLUMNS + """
                         FROM plan_version v WHERE v.plan_id = :plan ORDER BY v.financial_year DESC, v.id DESC
                        """)
                .param("plan", planId)
                .query(PlanRepository::version)
                .list();
    }

    /** The version if it belongs to the partnership; with {@code lock}, locked until the transaction ends. */
    Optional<PlanVersion> version(long partnershipId, long versionId, boolean lock) {
        return jdbc.sql("SELECT " + VERSION_COLUMNS + """
                         FROM plan_version v JOIN plan p ON p.id = v.plan_id
                         WHERE v.id = :id AND p.partnership_id = :partnership
                        """ + (lock ? " FOR UPDATE OF v" : ""))
                .param("id", versionId)
                .param("partnership", partnershipId)
                .query(PlanRepository::version)
                .optional();
    }

    long insertVersion(long planId, String label, FinancialYear year, Long basedOnId, String by) {
        return jdbc.sql("""
                        INSERT INTO plan_version (plan_id, label, financial_year, status, based_on_id, created_by)
                        VALUES (:plan, :label, :year, 'DRAFT', :basedOn, :by) RETURNING id
                        """)
                .param("plan", planId)
                .param("label", label)
                .param("year", year.toString())
                .param("basedOn", basedOnId)
                .param("by", by)
                .query(Long.class)
                .single();
    }

    void updateVersionStatus(PlanVersion version) {
        jdbc.sql("""
                        UPDATE plan_version SET status = :status, approved_by = :approvedBy, approved_at = :approvedAt,
                          published_by = :publishedBy, published_at = :publishedAt
                        WHERE id = :id
                        """)
                .param("status", version.status().name())
                .param(
                        "approvedBy",
                        version.approved() == null ? null : version.approved().by())
                .param(
                        "approvedAt",
                        version.approved() == null
                                ? null
                                : Timestamp.from(version.approved().at()))
                .param(
                        "publishedBy",
                        version.published() == null ? null : version.published().by())
                .param(
                        "publishedAt",
                        version.published() == null
                                ? null
                                : Timestamp.from(version.published().at()))
                .param("id", version.id())
                .update();
    }

    boolean hasDraft(long planId) {
        return jdbc.sql("SELECT count(*) FROM plan_version WHERE plan_id = :plan AND status = 'DRAFT'")
                        .param("plan", planId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    Map<SectionKind, String> sections(long versionId) {
        var sections = new EnumMap<SectionKind, String>(SectionKind.class);
        jdbc.sql("SELECT kind, body FROM plan_section WHERE version_id = :v")
                .param("v", versionId)
                .query(rs -> {
                    sections.put(SectionKind.valueOf(rs.getString("kind")), rs.getString("body"));
                });
        return sections;
    }

    void saveSection(long versionId, SectionKind kind, String body) {
        jdbc.sql("""
                        INSERT INTO plan_section (version_id, kind, body) VALUES (:v, :kind, :body)
                        ON CONFLICT (version_id, kind) DO UPDATE SET body = :body
                        """)
                .param("v", versionId)
                .param("kind", kind.name())
                .param("body", body)
                .update();
    }

    List<Theme> themes(long versionId) {
        return jdbc.sql("""
                        SELECT id, version_id, stable_key, kind, title, description, lead_organisation_id, lead_person,
                               position
                        FROM plan_theme WHERE version_id = :v ORDER BY position, id
                        """).param("v", versionId).query(PlanRepository::theme).list();
    }

    long insertTheme(
            long versionId,
            UUID key,
            ThemeKind kind,
            String title,
            String description,
            Long lead,
            String leadPerson,
            int position) {
        return jdbc.sql("""
                        INSERT INTO plan_theme (version_id, stable_key, kind, title, description,
                                                lead_organisation_id, lead_person, position)
                        VALUES (:v, :key, :kind, :title, :description, :lead, :leadPerson, :position) RETURNING id
                        """)
                .param("v", versionId)
                .param("key", key)
                .param("kind", kind.name())
                .param("title", title)
                .param("description", description)
                .param("lead", lead)
                .param("leadPerson", leadPerson)
                .param("position", position)
                .query(Long.class)
                .single();
    }

    void updateTheme(Theme theme) {
        jdbc.sql("""
                        UPDATE plan_theme SET kind = :kind, title = :title, description = :description,
                          lead_organisation_id = :lead, lead_person = :leadPerson, position = :position
                        WHERE id = :id
                        """)
                .param("kind", theme.kind().name())
                .param("title", theme.title())
                .param("description", theme.description())
                .param("lead", theme.leadOrganisationId())
                .param("leadPerson", theme.leadPerson())
                .param("position", theme.position())
                .param("id", theme.id())
                .update();
    }

    void deleteTheme(long themeId) {
        jdbc.sql("DELETE FROM plan_theme WHERE id = :id").param("id", themeId).update();
    }

    /** The version's activities, by theme in position order. */
    List<Activity> activities(long versionId) {
        var owners = new LinkedHashMap<Long, List<Long>>();
        jdbc.sql("""
                        SELECT o.activity_id, o.organisation_id FROM plan_activity_owner o
                        JOIN plan_activity a ON a.id = o.activity_id JOIN plan_theme t ON t.id = a.theme_id
                        WHERE t.version_id = :v ORDER BY o.activity_id, o.organisation_id
                        """).param("v", versionId).query(rs -> {
            owners.computeIfAbsent(rs.getLong("activity_id"), id -> new ArrayList<>())
                    .add(rs.getLong("organisation_id"));
        });
        return jdbc.sql("""
                        SELECT a.id, a.theme_id, a.stable_key, a.text, a.lead_person, a.note, a.starts_on, a.due_on,
                               a.status, a.position
                        FROM plan_activity a JOIN plan_theme t ON t.id = a.theme_id
                        WHERE t.version_id = :v ORDER BY t.position, t.id, a.position, a.id
                        """)
                .param("v", versionId)
                .query((rs, row) -> new Activity(
                        rs.getLong("id"),
                        rs.getLong("theme_id"),
                        rs.getObject("stable_key", UUID.class),
                        rs.getString("text"),
                        owners.getOrDefault(rs.getLong("id"), List.of()),
                        rs.getString("lead_person"),
                        rs.getString("note"),
                        date(rs, "starts_on"),
                        date(rs, "due_on"),
                        ActivityStatus.valueOf(rs.getString("status")),
                        rs.getInt("position")))
                .list();
    }

    long insertActivity(long themeId, UUID key, Activity a) {
        long id = jdbc.sql("""
                        INSERT INTO plan_activity (theme_id, stable_key, text, lead_person, note, starts_on, due_on,
                                                   status, position)
                        VALUES (:theme, :key, :text, :lead, :note, :starts, :due, :status, :position) RETURNING id
                        """)
                .param("theme", themeId)
                .param("key", key)
                .param("text", a.text())
                .param("lead", a.leadPerson())
                .param("note", a.note())
                .param("starts", a.startsOn() == null ? null : Date.valueOf(a.startsOn()))
                .param("due", a.dueOn() == null ? null : Date.valueOf(a.dueOn()))
                .param("status", a.status().name())
                .param("position", a.position())
                .query(Long.class)
                .single();
        saveOwners(id, a.owners());
        return id;
    }

    void updateActivity(Activity a) {
        jdbc.sql("""
                        UPDATE plan_activity SET text = :text, lead_person = :lead, note = :note, starts_on = :starts,
                          due_on = :due, status = :status, position = :position
                        WHERE id = :id
                        """)
                .param("text", a.text())
                .param("lead", a.leadPerson())
                .param("note", a.note())
                .param("starts", a.startsOn() == null ? null : Date.valueOf(a.startsOn()))
                .param("due", a.dueOn() == null ? null : Date.valueOf(a.dueOn()))
                .param("status", a.status().name())
                .param("position", a.position())
                .param("id", a.id())
                .update();
        jdbc.sql("DELETE FROM plan_activity_owner WHERE activity_id = :id")
                .param("id", a.id())
                .update();
        saveOwners(a.id(), a.owners());
    }

    private void saveOwners(long activityId, List<Long> owners) {
        for (var owner : owners) {
            jdbc.sql("INSERT INTO plan_activity_owner (activity_id, organisation_id) VALUES (:a, :o)")
                    .param("a", activityId)
                    .param("o", owner)
                    .update();
        }
    }

    void deleteActivity(long activityId) {
        jdbc.sql("DELETE FROM plan_activity WHERE id = :id")
                .param("id", activityId)
                .update();
    }

    List<Measure> measures(long versionId) {
        return jdbc.sql("""
                        SELECT m.id, m.theme_id, m.stable_key, m.text, m.direction, m.baseline_value, m.baseline_text,
                               m.target_value, m.how_measured, m.position
                        FROM plan_measure m JOIN plan_theme t ON t.id = m.theme_id
                        WHERE t.version_id = :v ORDER BY t.position, t.id, m.position, m.id
                        """)
                .param("v", versionId)
                .query((rs, row) -> new Measure(
                        rs.getLong("id"),
                        rs.getLong("theme_id"),
                        rs.getObject("stable_key", UUID.class),
                        rs.getString("text"),
                        Direction.valueOf(rs.getString("direction")),
                        rs.getBigDecimal("baseline_value"),
                        rs.getString("baseline_text"),
                        rs.getBigDecimal("target_value"),
                        rs.getString("how_measured"),
                        rs.getInt("position")))
                .list();
    }

    long insertMeasure(long themeId, UUID key, Measure m) {
        return jdbc.sql("""
                        INSERT INTO plan_measure (theme_id, stable_key, text, direction, baseline_value, baseline_text,
                                                  target_value, how_measured, position)
                        VALUES (:theme, :key, :text, :direction, :baselineValue, :baselineText, :target, :how,
                                :position)
                        RETURNING id
                        """)
                .param("theme", themeId)
                .param("key", key)
                .param("text", m.text())
                .param("direction", m.direction().name())
                .param("baselineValue", m.baselineValue(), java.sql.Types.NUMERIC)
                .param("baselineText", m.baselineText())
                .param("target", m.targetValue(), java.sql.Types.NUMERIC)
                .param("how", m.howMeasured())
                .param("position", m.position())
                .query(Long.class)
                .single();
    }

    void updateMeasure(Measure m) {
        jdbc.sql("""
                        UPDATE plan_measure SET text = :text, direction = :direction, baseline_value = :baselineValue,
                          baseline_text = :baselineText, target_value = :target, how_measured = :how,
                          position = :position
                        WHERE id = :id
                        """)
                .param("text", m.text())
                .param("direction", m.direction().name())
                .param("baselineValue", m.baselineValue(), java.sql.Types.NUMERIC)
                .param("baselineText", m.baselineText())
                .param("target", m.targetValue(), java.sql.Types.NUMERIC)
                .param("how", m.howMeasured())
                .param("position", m.position())
                .param("id", m.id())
                .update();
    }

    void deleteMeasure(long measureId) {
        jdbc.sql("DELETE FROM plan_measure WHERE id = :id")
                .param("id", measureId)
                .update();
    }

    void setActivityPosition(long id, int position) {
        jdbc.sql("UPDATE plan_activity SET position = :p WHERE id = :id")
                .param("p", position)
                .param("id", id)
                .update();
    }

    void setMeasurePosition(long id, int position) {
        jdbc.sql("UPDATE plan_measure SET position = :p WHERE id = :id")
                .param("p", position)
                .param("id", id)
                .update();
    }

    void setThemePosition(long id, int position) {
        jdbc.sql("UPDATE plan_theme SET position = :p WHERE id = :id")
                .param("p", position)
                .param("id", id)
                .update();
    }

    private static Plan plan(ResultSet rs, int row) throws SQLException {
        return new Plan(
                rs.getLong("id"),
                rs.getLong("partnership_id"),
                rs.getString("title"),
                rs.getInt("first_year"),
                rs.getInt("last_year"));
    }

    private static PlanVersion version(ResultSet rs, int row) throws SQLException {
        return new PlanVersion(
                rs.getLong("id"),
                rs.getLong("plan_id"),
                rs.getString("label"),
                FinancialYear.parse(rs.getString("financial_year")),
                VersionStatus.valueOf(rs.getString("status")),
                (Long) rs.getObject("based_on_id"),
                step(rs, "created"),
                step(rs, "approved"),
                step(rs, "published"));
    }

    private static PlanVersion.Step step(ResultSet rs, String prefix) throws SQLException {
        Timestamp at = rs.getTimestamp(prefix + "_at");
        return at == null ? null : new PlanVersion.Step(rs.getString(prefix + "_by"), at.toInstant());
    }

    private static Theme theme(ResultSet rs, int row) throws SQLException {
        return new Theme(
                rs.getLong("id"),
                rs.getLong("version_id"),
                rs.getObject("stable_key", UUID.class),
                ThemeKind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                rs.getString("description"),
                (Long) rs.getObject("lead_organisation_id"),
                rs.getString("lead_person"),
                rs.getInt("position"));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
