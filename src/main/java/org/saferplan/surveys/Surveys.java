package org.saferplan.surveys;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.saferplan.audit.AuditTrail;
import org.saferplan.surveys.Records.PlanKind;
import org.saferplan.surveys.Records.PublishedResult;
import org.saferplan.surveys.Records.Question;
import org.saferplan.surveys.Records.Summary;
import org.saferplan.surveys.Records.SummaryCategory;
import org.saferplan.surveys.Records.Survey;
import org.saferplan.surveys.Records.Wave;
import org.saferplan.surveys.web.Forms.FindingForm;
import org.saferplan.surveys.web.Forms.LinkForm;
import org.saferplan.surveys.web.Forms.PublishedForm;
import org.saferplan.surveys.web.Forms.QuestionForm;
import org.saferplan.surveys.web.Forms.ResultForm;
import org.saferplan.surveys.web.Forms.SurveyForm;
import org.saferplan.surveys.web.Forms.WaveForm;
import org.saferplan.web.InvalidInputException;
import org.saferplan.web.InvalidInputException.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Changes to a partnership's surveys. Each finds its records within the partnership (another's id is not found),
 * checks everything before storing anything, and is audited in the same transaction.
 */
@Service
class Surveys {

    static final int MAX_TEXT = 300;
    static final int MAX_LONG_TEXT = 2000;
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]*");

    private final SurveyRepository repository;
    private final AuditTrail audit;

    Surveys(SurveyRepository repository, AuditTrail audit) {
        this.repository = repository;
        this.audit = audit;
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    Survey survey(long partnershipId, long surveyId) {
        return repository.survey(partnershipId, surveyId, false).orElseThrow(Surveys::notFound);
    }

    private Survey locked(long partnershipId, long surveyId) {
        return repository.survey(partnershipId, surveyId, true).orElseThrow(Surveys::notFound);
    }

    Wave wave(long surveyId, long waveId) {
        return repository.waves(surveyId).stream()
                .filter(w -> w.id() == waveId)
                .findFirst()
                .orElseThrow(Surveys::notFound);
    }

    @Transactional
    Survey create(long partnershipId, SurveyForm form) {
        var problems = new ArrayList<Problem>();
        var name = text(form.name(), "name", "Enter the survey's name", MAX_TEXT, true, problems);
        var source = text(form.source(), "source", "Say who runs the survey", MAX_TEXT, true, problems);
        var coverage = text(form.coverage(), "coverage", null, MAX_TEXT, false, problems);
        var description = text(form.description(), "description", null, MAX_LONG_TEXT, false, problems);
        var link = text(form.link(), "link", null, MAX_TEXT, false, problems);
        if (!link.isEmpty() && !link.startsWith("https://") && !link.startsWith("http://")) {
            problems.add(new Problem("link", "Enter a web address starting https://"));
        }
        if (!"yes".equals(form.external()) && !"no".equals(form.external())) {
            problems.add(new Problem("external", "Say whether the partnership runs this survey"));
        }
        if (!name.isEmpty() && repository.nameTaken(partnershipId, name)) {
            problems.add(new Problem("name", "The partnership already has a survey called " + name));
        }
        refuseIfAny(problems);
        var survey =
                new Survey(0, partnershipId, name, "yes".equals(form.external()), source, coverage, description, link);
        long id = repository.insertSurvey(survey);
        audit.created(
                partnershipId,
                "survey",
                id,
                Map.of("name", name, "external", survey.external(), "source", source, "coverage", coverage));
        return survey(partnershipId, id);
    }

    @Transactional
    Wave addWave(long partnershipId, long surveyId, WaveForm form, boolean illustrative) {
        locked(partnershipId, surveyId);
        var problems = new ArrayList<Problem>();
        var label = text(form.label(), "label", "Enter the wave's name, like Autumn 2021", MAX_TEXT, true, problems);
        var on = date(form.publishedOn(), "publishedOn", true, problems);
        var from = date(form.fieldworkFrom(), "fieldworkFrom", false, problems);
        var to = date(form.fieldworkTo(), "fieldworkTo", false, problems);
        if (from != null && to != null && from.isAfter(to)) {
            problems.add(new Problem("fieldworkTo", "Fieldwork must end on or after the day it starts"));
        }
        var method = text(form.method(), "method", null, MAX_TEXT, false, problems);
        int size = 0;
        var sizeText =
                form.sampleSize() == null ? "" : form.sampleSize().strip().replace(",", "");
        if (sizeText.isEmpty()) {
            problems.add(new Problem("sampleSize", "Enter the number of responses"));
        } else {
            try {
                size = Integer.parseInt(sizeText);
                if (size < 0 || size > 10_000_000) {
                    problems.add(new Problem("sampleSize", "Enter a number of responses from 0 to 10,000,000"));
                }
            } catch (NumberFormatException e) {
                problems.add(new Problem("sampleSize", "Enter the number of responses as a whole number"));
            }
        }
        if (!label.isEmpty()
                && repository.waves(surveyId).stream().anyMatch(w -> w.label().equalsIgnoreCase(label))) {
            problems.add(new Problem("label", "The survey already has a wave called " + label));
        }
        refuseIfAny(problems);
        long id = repository.insertWave(new Wave(0, surveyId, label, on, from, to, method, size, illustrative));
        audit.created(
                partnershipId,
                "survey_wave",
                id,
                Map.of(
                        "survey",
                        surveyId,
                        "label",
                        label,
                        "date",
                        on.toString(),
                        "sampleSize",
                        size,
                        "method",
                        method));
        return wave(surveyId, id);
    }

    @Transactional
    Question addQuestion(long partnershipId, long surveyId, QuestionForm form) {
        locked(partnershipId, surveyId);
        var problems = new ArrayList<Problem>();
        var code = form.code() == null ? "" : form.code().strip().toLowerCase(Locale.ROOT);
        if (code.isEmpty()) {
            problems.add(new Problem("code", "Enter the question's code, the column name in respondent files"));
        } else if (!CODE.matcher(code).matches() || code.length() > 40) {
            problems.add(new Problem(
                    "code", "Use lower-case letters, digits and _ only, starting with a letter," + " like after_dark"));
        } else if (List.of("weight", "area_code", "area", "age_band", "age", "sex")
                .contains(code)) {
            problems.add(new Problem("code", "“" + code + "” is the name of a respondent column: choose another"));
        }
        var text = text(form.text(), "text", "Enter the question as asked", MAX_TEXT, true, problems);
        QuestionKind kind = null;
        try {
            kind = QuestionKind.valueOf(form.kind() == null ? "" : form.kind());
        } catch (IllegalArgumentException e) {
            problems.add(new Problem("kind", "Choose the kind of question"));
        }
        var labels = new ArrayList<String>();
        var excludedFlags = new ArrayList<Boolean>();
        var valid = lines(form.categories());
        var excluded = lines(form.excluded());
        if (kind == QuestionKind.YES_NO && valid.isEmpty()) {
            valid = List.of("Yes", "No");
        }
        for (var label : valid) {
            labels.add(label);
            excludedFlags.add(false);
        }
        for (var label : excluded) {
            labels.add(label);
            excludedFlags.add(true);
        }
        if (valid.size() < 2 && kind != QuestionKind.MULTIPLE || valid.isEmpty()) {
            problems.add(new Problem("categories", "Enter at least two answers, one on each line"));
        }
        var distinct =
                labels.stream().map(l -> l.toLowerCase(Locale.ROOT)).distinct().count();
        if (distinct < labels.size()) {
            problems.add(new Problem("categories", "Each answer may appear only once"));
        }
        if (labels.stream().anyMatch(l -> l.length() > 100 || l.contains(";"))) {
            problems.add(new Problem("categories", "Write each answer in 100 characters or fewer, without ;"));
        }
        if (!code.isEmpty()
                && repository.questions(surveyId).stream()
                        .anyMatch(q -> q.code().equals(code))) {
            problems.add(new Problem("code", "The survey already has a question " + code));
        }
        refuseIfAny(problems);
        long id = repository.insertQuestion(surveyId, code, text, kind, labels, excludedFlags);
        audit.created(
                partnershipId,
                "survey_question",
                id,
                Map.of(
                        "survey",
                        surveyId,
                        "code",
                        code,
                        "text",
                        text,
                        "kind",
                        kind.name(),
                        "categories",
                        String.join("; ", valid),
                        "excluded",
                        String.join("; ", excluded)));
        return repository.questions(surveyId).stream()
                .filter(q -> q.id() == id)
                .findFirst()
                .orElseThrow();
    }

    @Transactional
    long addResult(long partnershipId, long surveyId, ResultForm form) {
        locked(partnershipId, surveyId);
        var problems = new ArrayList<Problem>();
        var name = text(
                form.name(),
                "name",
                "Enter the result's name, like Feeling very or fairly safe after dark",
                MAX_TEXT,
                true,
                problems);
        var question = question(surveyId, form.questionId(), "questionId", problems);
        var chosen = new ArrayList<Long>();
        if (question != null) {
            for (var label : lines(form.categories())) {
                var category = question.categories().stream()
                        .filter(c -> c.label().equalsIgnoreCase(label))
                        .findFirst();
                if (category.isEmpty()) {
                    problems.add(new Problem(
                            "categories",
                            "“" + label + "” is not an answer to that question ("
                                    + String.join(
                                            ", ",
                                            question.categories().stream()
                                                    .map(Records.Category::label)
                                                    .toList())
                                    + ")"));
                } else if (category.get().excluded()) {
                    problems.add(new Problem(
                            "categories",
                            "“" + label + "” is not a valid answer (it is excluded" + " from every base)"));
                } else {
                    chosen.add(category.get().id());
                }
            }
            if (chosen.isEmpty() && problems.stream().noneMatch(p -> p.field().equals("categories"))) {
                problems.add(new Problem("categories", "Enter the answers the result counts, one on each line"));
            }
        }
        Boolean better = switch (form.better() == null ? "" : form.better()) {
            case "higher" -> true;
            case "lower" -> false;
            default -> null;
        };
        if (!name.isEmpty()
                && repository.results(surveyId).stream().anyMatch(r -> r.name().equalsIgnoreCase(name))) {
            problems.add(new Problem("name", "The survey already has a result called " + name));
        }
        refuseIfAny(problems);
        long id = repository.insertResult(surveyId, question.id(), name, better, chosen);
        audit.created(
                partnershipId,
                "survey_result",
                id,
                Map.of(
                        "survey",
                        surveyId,
                        "name",
                        name,
                        "question",
                        question.code(),
                        "categories",
                        form.categories().strip()));
        return id;
    }

    @Transactional
    long addFinding(long partnershipId, long surveyId, FindingForm form) {
        locked(partnershipId, surveyId);
        var problems = new ArrayList<Problem>();
        var wave = waveOf(surveyId, form.waveId(), "waveId", problems);
        var text = text(
                form.text(),
                "text",
                "Enter the finding, word for word as the report gives it",
                MAX_LONG_TEXT,
                true,
                problems);
        refuseIfAny(problems);
        long id = repository.insertFinding(wave.id(), text);
        audit.created(
                partnershipId, "survey_finding", id, Map.of("survey", surveyId, "wave", wave.label(), "text", text));
        return id;
    }

    @Transactional
    void savePublished(long partnershipId, long surveyId, PublishedForm form) {
        locked(partnershipId, surveyId);
        var problems = new ArrayList<Problem>();
        var wave = waveOf(surveyId, form.waveId(), "waveId", problems);
        var result = repository.results(surveyId).stream()
                .filter(r -> String.valueOf(r.id())
                        .equals(form.resultId() == null ? "" : form.resultId().strip()))
                .findFirst()
                .orElse(null);
        if (result == null) {
            problems.add(new Problem("resultId", "Choose a result"));
        }
        var percent = number(form.percent(), "percent", "Enter the percentage the report gives", 0, 100, problems);
        var base = number(
                form.base(), "base", "Enter the number of answers the percentage is of", 1, 10_000_000, problems);
        var note = text(form.note(), "note", null, MAX_TEXT, false, problems);
        refuseIfAny(problems);
        repository.savePublishedResult(
                new PublishedResult(wave.id(), result.id(), percent, (int) Math.round(base), note));
        audit.updated(
                partnershipId,
                "survey_published_result",
                wave.id() + "/" + result.id(),
                Map.of(),
                Map.of("percent", percent, "base", Math.round(base), "note", note));
    }

    /**
     * Summary entry for a question in a wave: the base and, per category, a count or a percentage (or both, which
     * must agree to within rounding). Replaces what was entered before for that question and wave.
     */
    @Transactional
    void saveSummary(
            long partnershipId,
            long surveyId,
            long waveId,
            String questionId,
            String baseText,
            String note,
            Map<String, String> values) {
        locked(partnershipId, surveyId);
        var wave = wave(surveyId, waveId);
        var problems = new ArrayList<Problem>();
        var question = question(surveyId, questionId, "questionId", problems);
        var base =
                number(baseText, "base", "Enter the number of answers the percentages are of", 1, 10_000_000, problems);
        var cleanNote = text(note, "note", null, MAX_TEXT, false, problems);
        var categories = new ArrayList<SummaryCategory>();
        if (question != null && base > 0) {
            for (var category : question.categories()) {
                var countField = "count-" + category.id();
                var percentField = "percent-" + category.id();
                var countText = values.getOrDefault(countField, "").strip();
                var percentText = values.getOrDefault(percentField, "").strip().replace("%", "");
                if (countText.isEmpty() && percentText.isEmpty()) {
                    continue;
                }
                Double count = countText.isEmpty() ? null : number(countText, countField, "", 0, base, problems);
                Double percent = percentText.isEmpty() ? null : number(percentText, percentField, "", 0, 100, problems);
                if (count != null && count != Math.rint(count)) {
                    problems.add(new Problem(countField, category.label() + ": enter the count as a whole number"));
                    continue;
                }
                if (count != null && percent != null && Math.abs(count * 100 / base - percent) > 0.5) {
                    problems.add(new Problem(
                            percentField,
                            category.label() + ": " + Views.whole(count) + " of "
                                    + Views.whole(base) + " is " + Views.fixed(count * 100 / base, 1) + "%, not "
                                    + percent
                                    + "%"));
                    continue;
                }
                if (count == null && percent == null) {
                    continue;
                }
                double share = percent != null ? percent : count * 100 / base;
                categories.add(
                        new SummaryCategory(category.id(), share, count == null ? null : (int) Math.round(count)));
            }
            if (categories.isEmpty() && problems.isEmpty()) {
                problems.add(new Problem("base", "Enter a count or a percentage for at least one answer"));
            }
            double total =
                    categories.stream().mapToDouble(SummaryCategory::percent).sum();
            if (question.kind() != QuestionKind.MULTIPLE && total > 100.5) {
                problems.add(new Problem(
                        "base",
                        "The percentages add up to " + Views.fixed(total, 1)
                                + "%: answers to this question can add up to 100% at most"));
            }
        }
        refuseIfAny(problems);
        repository.saveSummary(new Summary(wave.id(), question.id(), (int) Math.round(base), cleanNote, categories));
        var after = new LinkedHashMap<String, Object>();
        after.put("base", Math.round(base));
        for (var c : categories) {
            after.put(question.category(c.categoryId()).label(), Views.fixed(c.percent(), 1) + "%");
        }
        audit.updated(partnershipId, "survey_summary", wave.id() + "/" + question.id(), Map.of(), after);
    }

    /** Stores the file's respondents in the wave, replacing any it had; stores nothing if any row is wrong. */
    @Transactional
    int importRespondents(long partnershipId, long surveyId, long waveId, String filename, byte[] bytes) {
        locked(partnershipId, surveyId);
        var wave = wave(surveyId, waveId);
        var questions = repository.questions(surveyId);
        if (questions.isEmpty()) {
            throw new InvalidInputException(
                    RespondentFile.FIELD, "Add the survey's questions before importing" + " respondents");
        }
        var respondents = RespondentFile.read(filename, bytes, questions);
        repository.replaceRespondents(wave.id(), respondents);
        repository.setSampleSize(wave.id(), respondents.size());
        audit.updated(
                partnershipId,
                "survey_respondents",
                wave.id(),
                Map.of("sampleSize", wave.sampleSize()),
                Map.of("file", filename == null ? "" : filename, "respondents", respondents.size()));
        return respondents.size();
    }

    /** Links a concern ({@code finding-ID} or {@code category-ID}) to a plan item ({@code THEME:key}). */
    @Transactional
    void link(long partnershipId, long surveyId, LinkForm form, java.util.function.Predicate<String> planItemExists) {
        locked(partnershipId, surveyId);
        var problems = new ArrayList<Problem>();
        Long findingId = null;
        Long categoryId = null;
        var concern = form.concern() == null ? "" : form.concern().strip();
        try {
            if (concern.startsWith("finding-")) {
                long id = Long.parseLong(concern.substring(8));
                if (repository.findings(surveyId).stream().anyMatch(f -> f.id() == id)) {
                    findingId = id;
                }
            } else if (concern.startsWith("category-")) {
                long id = Long.parseLong(concern.substring(9));
                if (repository.questions(surveyId).stream()
                        .filter(q -> q.kind() == QuestionKind.MULTIPLE)
                        .anyMatch(q -> q.category(id) != null)) {
                    categoryId = id;
                }
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        if (findingId == null && categoryId == null) {
            problems.add(new Problem("concern", "Choose what residents said"));
        }
        var item = form.planItem() == null ? "" : form.planItem().strip();
        PlanKind kind = null;
        UUID key = null;
        int colon = item.indexOf(':');
        if (colon > 0 && planItemExists.test(item)) {
            try {
                kind = PlanKind.valueOf(item.substring(0, colon));
                key = UUID.fromString(item.substring(colon + 1));
            } catch (IllegalArgumentException e) {
                kind = null;
            }
        }
        if (kind == null) {
            problems.add(new Problem("planItem", "Choose the priority or activity that answers it"));
        }
        refuseIfAny(problems);
        if (repository.insertLink(surveyId, findingId, categoryId, kind, key)) {
            audit.created(
                    partnershipId,
                    "survey_response_link",
                    surveyId + "/" + concern + "/" + key,
                    Map.of("concern", concern, "planItem", item));
        }
    }

    @Transactional
    void unlink(long partnershipId, long surveyId, long linkId) {
        locked(partnershipId, surveyId);
        if (!repository.deleteLink(surveyId, linkId)) {
            throw notFound();
        }
        audit.deleted(partnershipId, "survey_response_link", linkId, Map.of("survey", surveyId));
    }

    private Question question(long surveyId, String questionId, String field, List<Problem> problems) {
        var id = questionId == null ? "" : questionId.strip();
        var found = repository.questions(surveyId).stream()
                .filter(q -> String.valueOf(q.id()).equals(id))
                .findFirst()
                .orElse(null);
        if (found == null) {
            problems.add(new Problem(field, "Choose a question"));
        }
        return found;
    }

    private Wave waveOf(long surveyId, String waveId, String field, List<Problem> problems) {
        var id = waveId == null ? "" : waveId.strip();
        var found = repository.waves(surveyId).stream()
                .filter(w -> String.valueOf(w.id()).equals(id))
                .findFirst()
                .orElse(null);
        if (found == null) {
            problems.add(new Problem(field, "Choose a wave"));
        }
        return found;
    }

    static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    static String text(String text, String field, String missing, int max, boolean required, List<Problem> problems) {
        var clean = text == null ? "" : text.strip();
        if (required && clean.isEmpty()) {
            problems.add(new Problem(field, missing));
        } else if (clean.length() > max) {
            problems.add(new Problem(field, "Use " + max + " characters or fewer"));
        }
        return clean;
    }

    private static LocalDate date(String text, String field, boolean required, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            if (required) {
                problems.add(new Problem(field, "Enter the date, written like 2021-10-31"));
            }
            return null;
        }
        try {
            var date = LocalDate.parse(text.strip());
            if (date.getYear() < 1990 || date.getYear() > 2100) {
                problems.add(new Problem(field, "Enter a date between 1990 and 2100"));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            problems.add(new Problem(field, "Enter a real date, written like 2021-10-31"));
            return null;
        }
    }

    private static double number(
            String text, String field, String missing, double min, double max, List<Problem> problems) {
        var clean = text == null ? "" : text.strip().replace(",", "");
        if (clean.isEmpty()) {
            problems.add(new Problem(field, missing));
            return -1;
        }
        try {
            double value = Double.parseDouble(clean);
            if (!(value >= min && value <= max)) {
                problems.add(new Problem(field, "Enter a number from " + Views.whole(min) + " to " + Views.whole(max)));
                return -1;
            }
            return value;
        } catch (NumberFormatException e) {
            problems.add(new Problem(field, "“" + clean + "” is not a number"));
            return -1;
        }
    }

    private static void refuseIfAny(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
