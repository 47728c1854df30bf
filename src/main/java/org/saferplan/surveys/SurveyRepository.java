package org.saferplan.surveys;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.saferplan.surveys.Records.Category;
import org.saferplan.surveys.Records.Finding;
import org.saferplan.surveys.Records.PlanKind;
import org.saferplan.surveys.Records.PublishedResult;
import org.saferplan.surveys.Records.Question;
import org.saferplan.surveys.Records.Respondent;
import org.saferplan.surveys.Records.ResponseLink;
import org.saferplan.surveys.Records.Result;
import org.saferplan.surveys.Records.Summary;
import org.saferplan.surveys.Records.SummaryCategory;
import org.saferplan.surveys.Records.Survey;
import org.saferplan.surveys.Records.Wave;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The surveys module's tables. Every survey lookup takes the partnership's id, so another's id is not found. */
@Repository
class SurveyRepository {

    private final JdbcClient jdbc;

    SurveyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static Survey survey(ResultSet rs, int row) throws SQLException {
        return new Survey(
                rs.getLong("id"),
                rs.getLong("partnership_id"),
                rs.getString("name"),
                rs.getBoolean("external"),
                rs.getString("source"),
                rs.getString("coverage"),
                rs.getString("description"),
                rs.getString("link"));
    }

    List<Survey> surveys(long partnershipId) {
        return jdbc.sql("SELECT * FROM survey WHERE partnership_id = :p ORDER BY external, name")
                .param("p", partnershipId)
                .query(SurveyRepository::survey)
                .list();
    }

    Optional<Survey> survey(long partnershipId, long id, boolean lock) {
        return jdbc.sql("SELECT * FROM survey WHERE partnership_id = :p AND id = :id" + (lock ? " FOR UPDATE" : ""))
                .param("p", partnershipId)
                .param("id", id)
                .query(SurveyRepository::survey)
                .optional();
    }

    boolean nameTaken(long partnershipId, String name) {
        return jdbc.sql("SELECT count(*) FROM survey WHERE partnership_id = :p AND lower(name) = lower(:n)")
                        .param("p", partnershipId)
                        .param("n", name)
                        .query(Long.class)
                        .single()
                > 0;
    }

    long insertSurvey(Survey s) {
        return jdbc.sql("""
                        INSERT INTO survey (partnership_id, name, external, source, coverage, description, link)
                        VALUES (:p, :name, :external, :source, :coverage, :description, :link) RETURNING id
                        """)
                .param("p", s.partnershipId())
                .param("name", s.name())
                .param("external", s.external())
                .param("source", s.source())
                .param("coverage", s.coverage())
                .param("description", s.description())
                .param("link", s.link())
                .query(Long.class)
                .single();
    }

    private static Wave wave(ResultSet rs, int row) throws SQLException {
        return new Wave(
                rs.getLong("id"),
                rs.getLong("survey_id"),
                rs.getString("label"),
                rs.getDate("published_on").toLocalDate(),
                date(rs, "fieldwork_from"),
                date(rs, "fieldwork_to"),
                rs.getString("method"),
                rs.getInt("sample_size"),
                rs.getBoolean("illustrative"));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        var date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    /** Waves in date order, oldest first. */
    List<Wave> waves(long surveyId) {
        return jdbc.sql("SELECT * FROM survey_wave WHERE survey_id = :s ORDER BY published_on, id")
                .param("s", surveyId)
                .query(SurveyRepository::wave)
                .list();
    }

    long insertWave(Wave w) {
        return jdbc.sql("""
                        INSERT INTO survey_wave (survey_id, label, published_on, fieldwork_from, fieldwork_to, method,
                                                 sample_size, illustrative)
                        VALUES (:s, :label, :on, :from, :to, :method, :size, :illustrative) RETURNING id
                        """)
                .param("s", w.surveyId())
                .param("label", w.label())
                .param("on", Date.valueOf(w.publishedOn()))
                .param("from", w.fieldworkFrom() == null ? null : Date.valueOf(w.fieldworkFrom()))
                .param("to", w.fieldworkTo() == null ? null : Date.valueOf(w.fieldworkTo()))
                .param("method", w.method())
                .param("size", w.sampleSize())
                .param("illustrative", w.illustrative())
                .query(Long.class)
                .single();
    }

    void setSampleSize(long waveId, int size) {
        jdbc.sql("UPDATE survey_wave SET sample_size = :n WHERE id = :id")
                .param("n", size)
                .param("id", waveId)
                .update();
    }

    List<Question> questions(long surveyId) {
        Map<Long, List<Category>> categories = new HashMap<>();
        jdbc.sql("""
                        SELECT c.* FROM survey_category c JOIN survey_question q ON q.id = c.question_id
                        WHERE q.survey_id = :s ORDER BY c.position, c.id
                        """).param("s", surveyId).query(rs -> {
            categories
                    .computeIfAbsent(rs.getLong("question_id"), k -> new ArrayList<>())
                    .add(new Category(
                            rs.getLong("id"),
                            rs.getLong("question_id"),
                            rs.getString("label"),
                            rs.getBoolean("excluded"),
                            rs.getInt("position")));
        });
        return jdbc.sql("SELECT * FROM survey_question WHERE survey_id = :s ORDER BY position, id")
                .param("s", surveyId)
                .query((rs, row) -> new Question(
                        rs.getLong("id"),
                        surveyId,
                        rs.getString("code"),
                        rs.getString("text"),
                        QuestionKind.valueOf(rs.getString("kind")),
                        rs.getInt("position"),
                        categories.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    long insertQuestion(
            long surveyId, String code, String text, QuestionKind kind, List<String> labels, List<Boolean> excluded) {
        int position = jdbc.sql("SELECT coalesce(max(position), 0) + 1 FROM survey_question WHERE survey_id = :s")
                .param("s", surveyId)
                .query(Integer.class)
                .single();
        long id = jdbc.sql("""
                        INSERT INTO survey_question (survey_id, code, text, kind, position)
                        VALUES (:s, :code, :text, :kind, :position) RETURNING id
                        """)
                .param("s", surveyId)
                .param("code", code)
                .param("text", text)
                .param("kind", kind.name())
                .param("position", position)
                .query(Long.class)
                .single();
        for (int i = 0; i < labels.size(); i++) {
            jdbc.sql("""
                            INSERT INTO survey_category (question_id, label, excluded, position)
                            VALUES (:q, :label, :excluded, :position)
                            """)
                    .param("q", id)
                    .param("label", labels.get(i))
                    .param("excluded", excluded.get(i))
                    .param("position", i + 1)
                    .update();
        }
        return id;
    }

    List<Result> results(long surveyId) {
        Map<Long, java.util.Set<Long>> chosen = new HashMap<>();
        jdbc.sql("""
                        SELECT rc.* FROM survey_result_category rc JOIN survey_result r ON r.id = rc.result_id
                        WHERE r.survey_id = :s
                        """).param("s", surveyId).query(rs -> {
            chosen.computeIfAbsent(rs.getLong("result_id"), k -> new HashSet<>())
                    .add(rs.getLong("category_id"));
        });
        return jdbc.sql("SELECT * FROM survey_result WHERE survey_id = :s ORDER BY position, id")
                .param("s", surveyId)
                .query((rs, row) -> new Result(
                        rs.getLong("id"),
                        surveyId,
                        rs.getLong("question_id"),
                        rs.getString("name"),
                        (Boolean) rs.getObject("higher_is_better"),
                        chosen.getOrDefault(rs.getLong("id"), java.util.Set.of())))
                .list();
    }

    long insertResult(long surveyId, long questionId, String name, Boolean higherIsBetter, List<Long> categoryIds) {
        int position = jdbc.sql("SELECT coalesce(max(position), 0) + 1 FROM survey_result WHERE survey_id = :s")
                .param("s", surveyId)
                .query(Integer.class)
                .single();
        long id = jdbc.sql("""
                        INSERT INTO survey_result (survey_id, question_id, name, higher_is_better, position)
                        VALUES (:s, :q, :name, :better, :position) RETURNING id
                        """)
                .param("s", surveyId)
                .param("q", questionId)
                .param("name", name)
                .param("better", higherIsBetter)
                .param("position", position)
                .query(Long.class)
                .single();
        for (var category : categoryIds) {
            jdbc.sql("INSERT INTO survey_result_category (result_id, category_id) VALUES (:r, :c)")
                    .param("r", id)
                    .param("c", category)
                    .update();
        }
        return id;
    }

    List<Finding> findings(long surveyId) {
        return jdbc.sql("""
                        SELECT f.* FROM survey_finding f JOIN survey_wave w ON w.id = f.wave_id
                        WHERE w.survey_id = :s ORDER BY w.published_on, w.id, f.position, f.id
                        """)
                .param("s", surveyId)
                .query((rs, row) -> new Finding(
                        rs.getLong("id"), rs.getLong("wave_id"), rs.getString("text"), rs.getInt("position")))
                .list();
    }

    long insertFinding(long waveId, String text) {
        int position = jdbc.sql("SELECT coalesce(max(position), 0) + 1 FROM survey_finding WHERE wave_id = :w")
                .param("w", waveId)
                .query(Integer.class)
                .single();
        return jdbc.sql("INSERT INTO survey_finding (wave_id, text, position) VALUES (:w, :t, :p) RETURNING id")
                .param("w", waveId)
                .param("t", text)
                .param("p", position)
                .query(Long.class)
                .single();
    }

    List<PublishedResult> publishedResults(long surveyId) {
        return jdbc.sql("""
                        SELECT p.* FROM survey_published_result p JOIN survey_wave w ON w.id = p.wave_id
                        WHERE w.survey_id = :s
                        """)
                .param("s", surveyId)
                .query((rs, row) -> new PublishedResult(
                        rs.getLong("wave_id"),
                        rs.getLong("result_id"),
                        rs.getBigDecimal("percent").doubleValue(),
                        rs.getInt("base"),
                        rs.getString("note")))
                .list();
    }

    void savePublishedResult(PublishedResult p) {
        jdbc.sql("""
                        INSERT INTO survey_published_result (wave_id, result_id, percent, base, note)
                        VALUES (:w, :r, :percent, :base, :note)
                        ON CONFLICT (wave_id, result_id) DO UPDATE
                        SET percent = excluded.percent, base = excluded.base, note = excluded.note
                        """)
                .param("w", p.waveId())
                .param("r", p.resultId())
                .param("percent", BigDecimal.valueOf(p.percent()))
                .param("base", p.base())
                .param("note", p.note())
                .update();
    }

    List<Summary> summaries(long surveyId) {
        Map<String, List<SummaryCategory>> categories = new HashMap<>();
        jdbc.sql("""
                        SELECT s.wave_id, c.question_id, s.category_id, s.percent, s.count
                        FROM survey_summary s JOIN survey_category c ON c.id = s.category_id
                        JOIN survey_wave w ON w.id = s.wave_id WHERE w.survey_id = :s ORDER BY c.position
                        """).param("s", surveyId).query(rs -> {
            categories
                    .computeIfAbsent(rs.getLong("wave_id") + "/" + rs.getLong("question_id"), k -> new ArrayList<>())
                    .add(new SummaryCategory(
                            rs.getLong("category_id"),
                            rs.getBigDecimal("percent").doubleValue(),
                            (Integer) rs.getObject("count")));
        });
        return jdbc.sql("""
                        SELECT b.* FROM survey_summary_base b JOIN survey_wave w ON w.id = b.wave_id
                        WHERE w.survey_id = :s
                        """)
                .param("s", surveyId)
                .query((rs, row) -> new Summary(
                        rs.getLong("wave_id"),
                        rs.getLong("question_id"),
                        rs.getInt("base"),
                        rs.getString("note"),
                        categories.getOrDefault(rs.getLong("wave_id") + "/" + rs.getLong("question_id"), List.of())))
                .list();
    }

    void saveSummary(Summary summary) {
        jdbc.sql("DELETE FROM survey_summary WHERE wave_id = :w AND category_id IN"
                        + " (SELECT id FROM survey_category WHERE question_id = :q)")
                .param("w", summary.waveId())
                .param("q", summary.questionId())
                .update();
        jdbc.sql("""
                        INSERT INTO survey_summary_base (wave_id, question_id, base, note) VALUES (:w, :q, :b, :n)
                        ON CONFLICT (wave_id, question_id) DO UPDATE SET base = excluded.base, note = excluded.note
                        """)
                .param("w", summary.waveId())
                .param("q", summary.questionId())
                .param("b", summary.base())
                .param("n", summary.note())
                .update();
        for (var c : summary.categories()) {
            jdbc.sql("INSERT INTO survey_summary (wave_id, category_id, percent, count) VALUES (:w, :c, :p, :n)")
                    .param("w", summary.waveId())
                    .param("c", c.categoryId())
                    .param("p", BigDecimal.valueOf(c.percent()))
                    .param("n", c.count())
                    .update();
        }
    }

    /** Every respondent of a wave with the categories they chose, in row order. */
    List<Respondent> respondents(long waveId) {
        Map<Long, java.util.Set<Long>> answers = new HashMap<>();
        jdbc.sql("""
                        SELECT a.respondent_id, a.category_id FROM survey_answer a
                        JOIN survey_respondent r ON r.id = a.respondent_id WHERE r.wave_id = :w
                        """).param("w", waveId).query(rs -> {
            answers.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2));
        });
        return jdbc.sql("SELECT * FROM survey_respondent WHERE wave_id = :w ORDER BY row_number")
                .param("w", waveId)
                .query((rs, row) -> new Respondent(
                        rs.getInt("row_number"),
                        rs.getBigDecimal("weight") == null
                                ? null
                                : rs.getBigDecimal("weight").doubleValue(),
                        rs.getString("area_code"),
                        rs.getString("age_band"),
                        rs.getString("sex"),
                        answers.getOrDefault(rs.getLong("id"), java.util.Set.of())))
                .list();
    }

    /** The number of respondents stored for each wave of the survey. */
    Map<Long, Integer> respondentCounts(long surveyId) {
        var counts = new LinkedHashMap<Long, Integer>();
        jdbc.sql("""
                        SELECT r.wave_id, count(*) FROM survey_respondent r JOIN survey_wave w ON w.id = r.wave_id
                        WHERE w.survey_id = :s GROUP BY r.wave_id
                        """).param("s", surveyId).query(rs -> {
            counts.put(rs.getLong(1), rs.getInt(2));
        });
        return counts;
    }

    /** Replaces the wave's respondents with these, in two statements over arrays (a file may have thousands). */
    void replaceRespondents(long waveId, List<Respondent> respondents) {
        jdbc.sql("DELETE FROM survey_respondent WHERE wave_id = :w")
                .param("w", waveId)
                .update();
        if (respondents.isEmpty()) {
            return;
        }
        int n = respondents.size();
        var rows = new Integer[n];
        var weights = new String[n];
        var areas = new String[n];
        var ages = new String[n];
        var sexes = new String[n];
        for (int i = 0; i < n; i++) {
            var r = respondents.get(i);
            rows[i] = r.row();
            weights[i] =
                    r.weight() == null ? null : BigDecimal.valueOf(r.weight()).toPlainString();
            areas[i] = r.areaCode();
            ages[i] = r.ageBand();
            sexes[i] = r.sex();
        }
        Map<Integer, Long> ids = new HashMap<>();
        jdbc.sql("""
                        INSERT INTO survey_respondent (wave_id, row_number, weight, area_code, age_band, sex)
                        SELECT :w, * FROM unnest(:rows::int[], :weights::text[]::numeric[], :areas::text[], :ages::text[],
                                                 :sexes::text[])
                        RETURNING row_number, id
                        """)
                .param("w", waveId)
                .param("rows", rows)
                .param("weights", weights)
                .param("areas", areas)
                .param("ages", ages)
                .param("sexes", sexes)
                .query(rs -> {
                    ids.put(rs.getInt(1), rs.getLong(2));
                });
        var respondentIds = new ArrayList<Long>();
        var categoryIds = new ArrayList<Long>();
        for (var r : respondents) {
            for (var category : r.categoryIds()) {
                respondentIds.add(ids.get(r.row()));
                categoryIds.add(category);
            }
        }
        jdbc.sql("""
                        INSERT INTO survey_answer (respondent_id, category_id)
                        SELECT * FROM unnest(:r::bigint[], :c::bigint[])
                        """)
                .param("r", respondentIds.toArray(new Long[0]))
                .param("c", categoryIds.toArray(new Long[0]))
                .update();
    }

    List<ResponseLink> links(long surveyId) {
        return jdbc.sql("SELECT * FROM survey_response_link WHERE survey_id = :s ORDER BY id")
                .param("s", surveyId)
                .query((rs, row) -> new ResponseLink(
                        rs.getLong("id"),
                        surveyId,
                        (Long) rs.getObject("finding_id"),
                        (Long) rs.getObject("category_id"),
                        PlanKind.valueOf(rs.getString("plan_kind")),
                        rs.getObject("plan_key", UUID.class)))
                .list();
    }

    /** Stores the link unless it exists; true when stored. */
    boolean insertLink(long surveyId, Long findingId, Long categoryId, PlanKind kind, UUID key) {
        return jdbc.sql("""
                        INSERT INTO survey_response_link (survey_id, finding_id, category_id, plan_kind, plan_key)
                        VALUES (:s, :f, :c, :kind, :key) ON CONFLICT DO NOTHING
                        """)
                        .param("s", surveyId)
                        .param("f", findingId)
                        .param("c", categoryId)
                        .param("kind", kind.name())
                        .param("key", key)
                        .update()
                == 1;
    }

    boolean deleteLink(long surveyId, long linkId) {
        return jdbc.sql("DELETE FROM survey_response_link WHERE survey_id = :s AND id = :id")
                        .param("s", surveyId)
                        .param("id", linkId)
                        .update()
                == 1;
    }
}
