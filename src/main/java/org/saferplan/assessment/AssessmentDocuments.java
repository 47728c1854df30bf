package org.saferplan.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.saferplan.assessment.web.Ranking;
import org.saferplan.governance.Partnerships;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a strategic assessment from SaferPlan's assessment text format (the demo's {@code demo/assessment.txt}), one
 * instruction a line, fields separated by {@code |}; {@code #} starts a comment:
 *
 * <pre>
 * assessment: year | DEFAULT or MORILE
 * objective:  police and crime plan objective
 * types:      theme title | crime type; crime type (replaces the theme's crime types; the theme is added if new)
 * align:      theme title | objective text
 * datasets:   theme title | partner dataset title; dataset title (the evidence module's, loaded first)
 * evidence:   theme title | date (YYYY-MM-DD or blank) | source | link (or blank) | text
 * score:      theme title | dimension key | 1-5 | reason
 * agree:      theme title | why it is a priority
 * </pre>
 *
 * The assessment's default themes come from the partnership's current plan, which must be loaded first. The
 * agreement is recorded against the plan's current version without changing it (the refresh it fed is already
 * there). A bad line stops the load with its line number.
 */
@Service
public class AssessmentDocuments {

    private final Assessments assessments;
    private final Partnerships partnerships;

    AssessmentDocuments(Assessments assessments, Partnerships partnerships) {
        this.assessments = assessments;
        this.partnerships = partnerships;
    }

    @Transactional
    public void load(long partnershipId, String text) {
        var partnership = partnerships.find(partnershipId).orElseThrow();
        Assessment assessment = null;
        Map<String, Ranking.Row> rows = null;
        var objectives = new HashMap<String, Long>();
        var agreed = new ArrayList<String>();
        var reasons = new LinkedHashMap<String, String>();
        int number = 0;
        for (var line : text.lines().toList()) {
            number++;
            var clean = line.strip();
            if (clean.isEmpty() || clean.startsWith("#")) {
                continue;
            }
            int colon = clean.indexOf(':');
            if (colon < 0) {
                throw problem(number, "expected an instruction like 'score: ...'");
            }
            var kind = clean.substring(0, colon).strip();
            var fields = List.of(clean.substring(colon + 1).split("\\|", -1)).stream()
                    .map(String::strip)
                    .toList();
            if (!"assessment".equals(kind) && assessment == null) {
                throw problem(number, "the first instruction must be 'assessment:'");
            }
            switch (kind) {
                case "assessment" -> {
                    need(fields, 2, number);
                    assessment = assessments.create(partnershipId, fields.get(0), fields.get(1));
                }
                case "objective" -> {
                    need(fields, 1, number);
                    assessments.addObjective(partnershipId, assessment.year(), fields.get(0));
                    var year = assessment.year();
                    assessments
                            .objectives(assessments.get(partnershipId, year))
                            .forEach(o -> objectives.put(o.text(), o.id()));
                }
                case "types" -> {
                    need(fields, 2, number);
                    var types = List.of(fields.get(1).split(";")).stream()
                            .map(String::strip)
                            .filter(t -> !t.isEmpty())
                            .toList();
                    var theme = themeId(assessment, fields.get(0));
                    if (theme == null) {
                        assessments.addTheme(partnershipId, assessment.year(), fields.get(0), "", types);
                    } else {
                        assessments.setCrimeTypes(partnershipId, assessment.year(), theme, types);
                    }
                }
                case "align" -> {
                    need(fields, 2, number);
                    var objective = objectives.get(fields.get(1));
                    if (objective == null) {
                        throw problem(number, "no objective '" + fields.get(1) + "' above");
                    }
                    long theme = existingTheme(assessment, fields.get(0), number);
                    var ids = new ArrayList<String>();
                    assessments
                            .alignments(assessment)
                            .getOrDefault(theme, List.of())
                            .forEach(id -> ids.add(String.valueOf(id)));
                    ids.add(String.valueOf(objective));
                    assessments.align(partnershipId, assessment.year(), theme, ids);
                }
                case "datasets" -> {
                    need(fields, 2, number);
                    var known = assessments.datasets(partnershipId);
                    var ids = new ArrayList<String>();
                    for (var title : fields.get(1).split(";")) {
                        var id = known.entrySet().stream()
                                .filter(e -> e.getValue().equals(title.strip()))
                                .map(Map.Entry::getKey)
                                .findFirst();
                        if (id.isEmpty()) {
                            throw problem(number, "no partner dataset '" + title.strip() + "'");
                        }
                        ids.add(String.valueOf(id.get()));
                    }
                    assessments.setDatasets(
                            partnershipId, assessment.year(), existingTheme(assessment, fields.get(0), number), ids);
                }
                case "evidence" -> {
                    need(fields, 5, number);
                    assessments.addEvidence(
                            partnershipId,
                            assessment.year(),
                            existingTheme(assessment, fields.get(0), number),
                            fields.get(4),
                            fields.get(2),
                            fields.get(1),
                            fields.get(3));
                }
                case "score" -> {
                    need(fields, 4, number);
                    if (rows == null) {
                        rows = new HashMap<>();
                        for (var row : assessments
                                .live(partnershipId, partnership.slug(), assessment)
                                .themes()) {
                            rows.put(PlanEvidence.key(row.title()), row);
                        }
                    }
                    var row = rows.get(PlanEvidence.key(fields.get(0)));
                    var cell = row == null ? null : row.score(fields.get(1));
                    if (cell == null
                            || !fields.get(2).matches("^[1-5]$")
                            || fields.get(3).isEmpty()) {
                        throw problem(number, "expected a theme, a dimension of the matrix, a score 1-5 and a reason");
                    }
                    assessments.saveScore(
                            partnershipId,
                            row.themeId(),
                            fields.get(1),
                            Integer.parseInt(fields.get(2)),
                            fields.get(3),
                            cell);
                }
                case "agree" -> {
                    need(fields, 2, number);
                    var theme = existingTheme(assessment, fields.get(0), number);
                    agreed.add(String.valueOf(theme));
                    reasons.put("reason-" + theme, fields.get(1));
                }
                default -> throw problem(number, "unknown instruction '" + kind + "'");
            }
        }
        if (assessment != null && !agreed.isEmpty()) {
            assessments.agreeAs(partnership, assessment.year(), agreed, reasons, false);
        }
    }

    private Long themeId(Assessment assessment, String title) {
        return assessments.themes(assessment).stream()
                .filter(t -> PlanEvidence.key(t.title()).equals(PlanEvidence.key(title)))
                .map(AssessmentRepository.ThemeRow::id)
                .findFirst()
                .orElse(null);
    }

    private long existingTheme(Assessment assessment, String title, int number) {
        var id = themeId(assessment, title);
        if (id == null) {
            throw problem(number, "no theme '" + title + "' in the assessment");
        }
        return id;
    }

    private static void need(List<String> fields, int count, int number) {
        if (fields.size() != count) {
            throw problem(number, "expected " + count + " field(s) separated by |, found " + fields.size());
        }
    }

    private static IllegalArgumentException problem(int number, String message) {
        return new IllegalArgumentException("assessment document, line " + number + ": " + message);
    }
}
