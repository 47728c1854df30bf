package org.saferplan.surveys;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.saferplan.governance.Partnership;
import org.saferplan.surveys.web.Forms.FindingForm;
import org.saferplan.surveys.web.Forms.LinkForm;
import org.saferplan.surveys.web.Forms.PublishedForm;
import org.saferplan.surveys.web.Forms.QuestionForm;
import org.saferplan.surveys.web.Forms.ResultForm;
import org.saferplan.surveys.web.Forms.SurveyForm;
import org.saferplan.surveys.web.Forms.WaveForm;
import org.saferplan.surveys.web.SurveyViews.Field;
import org.saferplan.surveys.web.SurveyViews.FormPage;
import org.saferplan.web.FormErrors;
import org.saferplan.web.InvalidInputException;
import org.saferplan.web.Option;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/**
 * The survey pages of a partnership's workspace. Members read; analysts and coordinators change (the security
 * module's table for {@code /partnerships/{slug}/surveys/**} decides before these methods run). Every id in a path
 * is looked up within the partnership of the path, so another partnership's survey is not found (404).
 */
@Controller
@RequestMapping("/partnerships/{slug}/surveys")
class SurveyController {

    private static final Map<String, String> NOTICES = Map.ofEntries(
            Map.entry("survey-created", "Survey added"),
            Map.entry("wave-added", "Wave added"),
            Map.entry("question-added", "Question added"),
            Map.entry("result-added", "Result defined"),
            Map.entry("finding-added", "Finding added"),
            Map.entry("published-saved", "Published result saved"),
            Map.entry("summary-saved", "Results by answer saved"),
            Map.entry("imported", "Respondents imported"),
            Map.entry("linked", "Concern linked to the plan"),
            Map.entry("unlinked", "Link removed"));

    private final SurveyPages pages;
    private final Surveys surveys;
    private final PlanItems planItems;

    SurveyController(SurveyPages pages, Surveys surveys, PlanItems planItems) {
        this.pages = pages;
        this.surveys = surveys;
        this.planItems = planItems;
    }

    @GetMapping
    String index(@PathVariable String slug, @RequestParam(required = false) String done, Model model) {
        var partnership = pages.partnership(slug);
        model.addAttribute("workspace", SurveyPages.workspace(partnership, model));
        model.addAttribute("surveys", pages.rows(partnership));
        var answers = pages.answers(partnership);
        model.addAttribute("youSaid", answers == null ? List.of() : pages.youSaid(partnership, answers));
        model.addAttribute("planVersion", answers == null ? null : answers.planVersion());
        model.addAttribute("notice", notice(done));
        return "surveys/index";
    }

    private static String notice(String done) {
        return done == null ? null : NOTICES.get(done);
    }

    @GetMapping("/new")
    String newSurvey(@PathVariable String slug, Model model) {
        return surveyForm(pages.partnership(slug), SurveyForm.blank(), FormErrors.NONE, model);
    }

    @PostMapping("/new")
    String createSurvey(
            @PathVariable String slug, @ModelAttribute SurveyForm form, Model model, HttpServletResponse response) {
        var partnership = pages.partnership(slug);
        return change(
                response,
                () -> "redirect:"
                        + Views.surveyHref(
                                slug, surveys.create(partnership.id(), form).id()) + "?done=survey-created",
                errors -> surveyForm(partnership, form, errors, model));
    }

    private String surveyForm(Partnership partnership, SurveyForm form, FormErrors errors, Model model) {
        var base = "/partnerships/" + partnership.slug() + "/surveys";
        return form(
                partnership,
                model,
                errors,
                new FormPage(
                        "Add a survey",
                        "A survey the partnership runs (a"
                                + " residents' survey, a panel) or one run by others that it cites as evidence.",
                        base + "/new",
                        "Add the survey",
                        base,
                        false,
                        List.of(
                                Field.text("name", "Name", "For example, Residents' survey", form.name()),
                                Field.select(
                                        "external",
                                        "Who runs it",
                                        null,
                                        form.external(),
                                        List.of(
                                                new Option("no", "The partnership or one of its partners"),
                                                new Option(
                                                        "yes", "Others (an external survey the partnership cites)"))),
                                Field.text(
                                        "source",
                                        "Run by",
                                        "The organisation, for example Dorset Council",
                                        form.source()),
                                Field.text(
                                        "coverage", "Coverage (optional)", "Who and where it covers", form.coverage()),
                                Field.text("link", "Link to the report (optional)", null, form.link()),
                                Field.area("description", "Description (optional)", null, form.description()))));
    }

    private String form(Partnership partnership, Model model, FormErrors errors, FormPage page) {
        model.addAttribute("workspace", SurveyPages.workspace(partnership, model));
        model.addAttribute("page", page);
        model.addAttribute("errors", errors);
        return "surveys/form";
    }

    @GetMapping("/{id}")
    String survey(
            @PathVariable String slug,
            @PathVariable long id,
            @RequestParam(required = false) String done,
            Model model) {
        var partnership = pages.partnership(slug);
        return surveyPage(partnership, id, FormErrors.NONE, notice(done), model);
    }

    private String surveyPage(Partnership partnership, long id, FormErrors errors, String notice, Model model) {
        var report = pages.report(partnership, id);
        model.addAttribute("workspace", SurveyPages.workspace(partnership, model));
        model.addAttribute("survey", pages.page(partnership, report));
        model.addAttribute("errors", errors);
        model.addAttribute("notice", notice);
        return "surveys/survey";
    }

    @GetMapping(path = "/{id}/results.csv", produces = "text/csv")
    ResponseEntity<String> csv(@PathVariable String slug, @PathVariable long id) {
        var report = pages.report(pages.partnership(slug), id);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"survey-" + id + "-results.csv\"")
                .body(SurveyJson.csv(report));
    }

    @GetMapping(path = "/{id}/results.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    SurveyJson.ResultsJson json(@PathVariable String slug, @PathVariable long id) {
        return SurveyJson.results(pages.report(pages.partnership(slug), id));
    }

    @GetMapping("/{id}/waves/new")
    String newWave(@PathVariable String slug, @PathVariable long id, Model model) {
        var partnership = pages.partnership(slug);
        return waveForm(partnership, surveys.survey(partnership.id(), id), WaveForm.blank(), FormErrors.NONE, model);
    }

    @PostMapping("/{id}/waves/new")
    String addWave(
            @PathVariable String slug,
            @PathVariable long id,
            @ModelAttribute WaveForm form,
            Model model,
            HttpServletResponse response) {
        var partnership = pages.partnership(slug);
        var survey = surveys.survey(partnership.id(), id);
        return change(
                response,
                () -> {
                    var wave = surveys.addWave(partnership.id(), id, form, false);
                    return "redirect:" + Views.surveyHref(slug, id) + "/waves/" + wave.id() + "?done=wave-added";
                },
                errors -> waveForm(partnership, survey, form, errors, model));
    }

    private String waveForm(
            Partnership partnership, Records.Survey survey, WaveForm form, FormErrors errors, Model model) {
        var href = Views.surveyHref(partnership.slug(), survey.id());
        return form(
                partnership,
                model,
                errors,
                new FormPage(
                        "Add a wave to " + survey.name(),
                        null,
                        href + "/waves/new",
                        "Add the wave",
                        href,
                        false,
                        List.of(
                                Field.text("label", "Name of the wave", "For example, Autumn 2021", form.label()),
                                Field.narrow(
                                        "publishedOn",
                                        "Date of the results",
                                        "Written like 2021-11-30",
                                        form.publishedOn()),
                                Field.narrow(
                                        "fieldworkFrom",
                                        "Fieldwork started (optional)",
                                        "Written like 2021-10-01",
                                        form.fieldworkFrom()),
                                Field.narrow(
                                        "fieldworkTo",
                                        "Fieldwork ended (optional)",
                                        "Written like 2021-11-12",
                                        form.fieldworkTo()),
                                Field.text(
                                        "method",
                                        "Method (optional)",
                                        "For example, postal and online survey of a random sample",
                                        form.method()),
                                Field.narrow(
                                        "sampleSize",
                                        "Number of responses",
                                        "An import of respondents replaces it with the" + " number of rows",
                                        form.sampleSize()))));
    }

    @GetMapping("/{id}/waves/{waveId}")
    String wave(
            @PathVariable String slug,
            @PathVariable long id,
            @PathVariable long waveId,
            @RequestParam(required = false) String done,
            Model model) {
        var partnership = pages.partnership(slug);
        return wavePage(partnership, id, waveId, FormErrors.NONE, notice(done), model);
    }

    private String wavePage(
            Partnership partnership, long id, long waveId, FormErrors errors, String notice, Model model) {
        var report = pages.report(partnership, id);
        var wave = report.wave(waveId);
        if (wave == null) {
            throw Surveys.notFound();
        }
        var href = Views.surveyHref(partnership.slug(), id);
        var facts = new ArrayList<org.saferplan.surveys.web.SurveyViews.Fact>();
        facts.add(new org.saferplan.surveys.web.SurveyViews.Fact("Date", Views.date(wave.publishedOn())));
        facts.add(new org.saferplan.surveys.web.SurveyViews.Fact("Fieldwork", wave.fieldwork()));
        facts.add(new org.saferplan.surveys.web.SurveyViews.Fact(
                "Method", wave.method().isEmpty() ? "Not stated" : wave.method()));
        facts.add(new org.saferplan.surveys.web.SurveyViews.Fact("Responses", Views.whole(wave.sampleSize())));
        int respondents = report.respondents().getOrDefault(waveId, 0);
        var data = respondents > 0
                ? Views.whole(respondents) + " respondents are stored for this wave."
                : "No respondent-level data is stored for this wave.";
        var summaryLinks = report.questions().stream()
                .map(q -> new Option(href + "/waves/" + waveId + "/summary/" + q.id(), q.text()))
                .toList();
        model.addAttribute("workspace", SurveyPages.workspace(partnership, model));
        model.addAttribute(
                "wave",
                new org.saferplan.surveys.web.SurveyViews.WavePage(
                        wave.label(), report.survey().name(), href, facts, data, summaryLinks, wave.illustrative()));
        model.addAttribute("importAction", href + "/waves/" + waveId + "/respondents");
        model.addAttribute("errors", errors);
        model.addAttribute("notice", notice);
        return "surveys/wave";
    }

    @PostMapping("/{id}/waves/{waveId}/respondents")
    String importRespondents(
            @PathVariable String slug,
            @PathVariable long id,
            @PathVariable long waveId,
            @RequestParam(required = false) MultipartFile file,
            Model model,
            HttpServletResponse response)
            throws IOException {
        var partnership = pages.partnership(slug);
        surveys.wave(surveys.survey(partnership.id(), id).id(), waveId);
        if (file == null || file.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return wavePage(
                    partnership,
                    id,
                    waveId,
                    new FormErrors(List.of(new FormErrors.Item(
                            "file",
                            file == null
                                            || file.getOriginalFilename() == null
                                            || file.getOriginalFilename().isEmpty()
                                    ? "Choose a CSV or XLSX file"
                                    : "The file " + file.getOriginalFilename() + " is empty"))),
                    null,
                    model);
        }
        if (file.getSize() > RespondentFile.MAX_BYTES) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return wavePage(
                    partnership,
                    id,
                    waveId,
                    new FormErrors(List.of(new FormErrors.Item("file", "The file must be smaller than 5 MB"))),
                    null,
                    model);
        }
        var bytes = file.getBytes();
        return change(
                response,
                () -> {
                    surveys.importRespondents(partnership.id(), id, waveId, file.getOriginalFilename(), bytes);
                    return "redirect:" + Views.surveyHref(slug, id) + "?done=imported";
                },
                errors -> wavePage(partnership, id, waveId, errors, null, model));
    }

    @GetMapping("/{id}/waves/{waveId}/summary/{questionId}")
    String summary(
            @PathVariable String slug,
            @PathVariable long id,
            @PathVariable long waveId,
            @PathVariable long questionId,
            Model model) {
        var partnership = pages.partnership(slug);
        return summaryForm(partnership, id, waveId, questionId, Map.of(), FormErrors.NONE, model);
    }

    @PostMapping("/{id}/waves/{waveId}/summary/{questionId}")
    String saveSummary(
            @PathVariable String slug,
            @PathVariable long id,
            @PathVariable long waveId,
            @PathVariable long questionId,
            @RequestParam Map<String, String> values,
            Model model,
            HttpServletResponse response) {
        var partnership = pages.partnership(slug);
        return change(
                response,
                () -> {
                    surveys.saveSummary(
                            partnership.id(),
                            id,
                            waveId,
                            String.valueOf(questionId),
                            values.get("base"),
                            values.get("note"),
                            values);
                    return "redirect:" + Views.surveyHref(slug, id) + "?done=summary-saved";
                },
                errors -> summaryForm(partnership, id, waveId, questionId, values, errors, model));
    }

    private String summaryForm(
            Partnership partnership,
            long id,
            long waveId,
            long questionId,
            Map<String, String> values,
            FormErrors errors,
            Model model) {
        var report = pages.report(partnership, id);
        var wave = report.wave(waveId);
        var question = report.questions().stream()
                .filter(q -> q.id() == questionId)
                .findFirst()
                .orElse(null);
        if (wave == null || question == null) {
            throw Surveys.notFound();
        }
        var href = Views.surveyHref(partnership.slug(), id);
        var fields = new ArrayList<Field>();
        fields.add(Field.narrow(
                "base", "Number of answers", "The number the percentages are of", values.getOrDefault("base", "")));
        for (var c : question.categories()) {
            fields.add(Field.narrow(
                    "count-" + c.id(),
                    c.label() + ": number (optional)",
                    null,
                    values.getOrDefault("count-" + c.id(), "")));
            fields.add(Field.narrow(
                    "percent-" + c.id(),
                    c.label() + ": percentage (optional)",
                    null,
                    values.getOrDefault("percent-" + c.id(), "")));
        }
        fields.add(Field.text(
                "note",
                "Note (optional)",
                "For example, where the figures were published",
                values.getOrDefault("note", "")));
        return form(
                partnership,
                model,
                errors,
                new FormPage(
                        wave.label() + ": " + question.text(),
                        "Enter a number or a percentage (or both) for each answer the report gives; leave the others empty."
                                + " This replaces what was entered before for this question and wave.",
                        href + "/waves/" + waveId + "/summary/" + questionId,
                        "Save the results",
                        href + "/waves/" + waveId,
                        false,
                        fields));
    }

    @GetMapping("/{id}/questions/new")
    String newQuestion(@PathVariable String slug, @PathVariable long id, Model model) {
        var partnership = pages.partnership(slug);
        return questionForm(
                partnership, surveys.survey(partnership.id(), id), QuestionForm.blank(), FormErrors.NONE, model);
    }

    @PostMapping("/{id}/questions/new")
    String addQuestion(
            @PathVariable String slug,
            @PathVariable long id,
            @ModelAttribute QuestionForm form,
            Model model,
            HttpServletResponse response) {
        var partnership = pages.partnership(slug);
        var survey = surveys.survey(partnership.id(), id);
        return change(
                response,
                () -> {
                    surveys.addQuestion(partnership.id(), id, form);
                    return "redirect:" + Views.surveyHref(slug, id) + "?done=question-added";
                },
                errors -> questionForm(partnership, survey, form, errors, model));
    }

    private String questionForm(
            Partnership partnership, Records.Survey survey, QuestionForm form, FormErrors errors, Model model) {
        var href = Views.surveyHref(partnership.slug(), survey.id());
        var kinds = java.util.Arrays.stream(QuestionKind.values())
                .map(k -> new Option(k.name(), k.label()))
                .toList();
        return form(
                partnership,
                model,
                errors,
                new FormPage(
                        "Add a question to " + survey.name(),
                        null,
                        href + "/questions/new",
                        "Add the question",
                        href,
                        false,
                        List.of(
                                Field.narrow(
                                        "code",
                                        "Code",
                                        "The column name in respondent files: lower-case letters, digits and _,"
                                                + " like after_dark",
                                        form.code()),
                                Field.text("text", "Question", "As it was asked", form.text()),
                                Field.select("kind", "Kind of question", null, form.kind(), kinds),
                                Field.area(
                                        "categories",
                                        "Valid answers",
                                        "One on each line, in the order of the scale, for example"
                                                + " Very safe, Fairly safe, Neither safe nor unsafe, Fairly unsafe, Very unsafe. Yes or no"
                                                + " questions may leave this empty.",
                                        form.categories()),
                                Field.area(
                                        "excluded",
                                        "Answers left out of every base (optional)",
                                        "One on each line, for example"
                                                + " Don't know. Respondents who gave no answer are always left out.",
                                        form.excluded()))));
    }

    @GetMapping("/{id}/results/new")
    String newResult(@PathVariable String slug, @PathVariable long id, Model model) {
        var partnership = pages.partnership(slug);
        return resultForm(
                partnership, surveys.survey(partnership.id(), id), ResultForm.blank(), FormErrors.NONE, model);
    }

    @PostMapping("/{id}/results/new")
    String addResult(
            @PathVariable String slug,
            @PathVariable long id,
            @ModelAttribute ResultForm form,
            Model model,
            HttpServletResponse response) {
        var partnership = pages.partnership(slug);
        var survey = surveys.survey(partnership.id(), id);
        return change(
                response,
                () -> {
                    long result = surveys.addResult(partnership.id(), id, form);
                    return "redirect:" + Views.surveyHref(slug, id) + "?done=result-added#result-" + result;
                },
                errors -> resultForm(partnership, survey, form, errors, model));
    }

    private String resultForm(
            Partnership partnership, Records.Survey survey, ResultForm form, FormErrors errors, Model model) {
        var href = Views.surveyHref(partnership.slug(), survey.id());
        var questions = new ArrayList<Option>();
        questions.add(new Option("", "Choose a question"));
        pages.report(partnership, survey.id())
                .questions()
                .forEach(q -> questions.add(new Option(
                        String.valueOf(q.id()),
                        q.text() + " ("
                                + String.join(
                                        ", ",
                                        q.categories().stream()
                                                .map(Records.Category::label)
                                                .toList()) + ")")));
        return form(
                partnership,
                model,
                errors,
                new FormPage(
                        "Define a result of " + survey.name(),
                        "A result is the share of valid answers to a question that chose some of its answers, like the"
                                + " share feeling very or fairly safe.",
                        href + "/results/new",
                        "Define the result",
                        href,
                        false,
                        List.of(
                                Field.text(
                                        "name",
                                        "Name",
                                        "For example, Feeling very or fairly safe outside after dark",
                                        form.name()),
                                Field.select("questionId", "Question", null, form.questionId(), questions),
                                Field.area(
                                        "categories",
                                        "Answers it counts",
                                        "One on each line, as the question writes them, for"
                                                + " example Very safe and Fairly safe",
                                        form.categories()),
                                Field.select(
                                        "better",
                                        "Which way is better",
                                        null,
                                        form.better(),
                                        List.of(
                                                new Option("", "Neither"),
                                                new Option("higher", "Higher is better"),
                                                new Option("lower", "Lower is better"))))));
    }

    @GetMapping("/{id}/published/new")
    String newPublished(@PathVariable String slug, @PathVariable long id, Model model) {
        var partnership = pages.partnership(slug);
        return publishedForm(partnership, id, PublishedForm.blank(), FormErrors.NONE, model);
    }

    @PostMapping("/{id}/published/new")
    String savePublished(
            @PathVariable String slug,
            @PathVariable long id,
            @ModelAttribute PublishedForm form,
            Model model,
            HttpServletResponse response) {
        var partnership = pages.partnership(slug);
        surveys.survey(partnership.id(), id);
        return change(
                response,
                () -> {
                    surveys.savePublished(partnership.id(), id, form);
                    return "redirect:" + Views.surveyHref(slug, id) + "?done=published-saved";
                },
                errors -> publishedForm(partnership, id, form, errors, model));
    }

    private String publishedForm(Partnership partnership, long id, PublishedForm form, FormErrors errors, Model model) {
        var report = pages.report(partnership, id);
        var href = Views.surveyHref(partnership.slug(), id);
        return form(
                partnership,
                model,
                errors,
                new FormPage(
                        "Enter a published result of " + report.survey().name(),
                        "For a survey that publishes a result but not its split by answer, such as “76% felt fairly or very"
                                + " safe”.",
                        href + "/published/new",
                        "Save the result",
                        href,
                        false,
                        List.of(
                                Field.select("waveId", "Wave", null, form.waveId(), waveOptions(report)),
                                Field.select("resultId", "Result", null, form.resultId(), resultOptions(report)),
                                Field.narrow("percent", "Percentage", "For example, 76", form.percent()),
                                Field.narrow("base", "Number of answers it is of", "For example, 2619", form.base()),
                                Field.text(
                                        "note",
                                        "Note (optional)",
                                        "For example, where it was published",
                                        form.note()))));
    }

    private static List<Option> waveOptions(SurveyReports.Report report) {
        var options = new ArrayList<Option>();
        options.add(new Option("", "Choose a wave"));
        report.waves().forEach(w -> options.add(new Option(String.valueOf(w.id()), w.label())));
        return options;
    }

    private static List<Option> resultOptions(SurveyReports.Report report) {
        var options = new ArrayList<Option>();
        options.add(new Option("", "Choose a result"));
        report.results()
                .forEach(r -> options.add(
                        new Option(String.valueOf(r.result().id()), r.result().name())));
        return options;
    }

    @GetMapping("/{id}/findings/new")
    String newFinding(@PathVariable String slug, @PathVariable long id, Model model) {
        var partnership = pages.partnership(slug);
        return findingForm(partnership, id, FindingForm.blank(), FormErrors.NONE, model);
    }

    @PostMapping("/{id}/findings/new")
    String addFinding(
            @PathVariable String slug,
            @PathVariable long id,
            @ModelAttribute FindingForm form,
            Model model,
            HttpServletResponse response) {
        var partnership = pages.partnership(slug);
        surveys.survey(partnership.id(), id);
        return change(
                response,
                () -> {
                    long finding = surveys.addFinding(partnership.id(), id, form);
                    return "redirect:" + Views.surveyHref(slug, id) + "?done=finding-added#finding-" + finding;
                },
                errors -> findingForm(partnership, id, form, errors, model));
    }

    private String findingForm(Partnership partnership, long id, FindingForm form, FormErrors errors, Model model) {
        var report = pages.report(partnership, id);
        var href = Views.surveyHref(partnership.slug(), id);
        return form(
                partnership,
                model,
                errors,
                new FormPage(
                        "Add a finding of " + report.survey().name(),
                        "A statement the survey's report makes, word for word, so it can be cited as evidence.",
                        href + "/findings/new",
                        "Add the finding",
                        href,
                        false,
                        List.of(
                                Field.select("waveId", "Wave", null, form.waveId(), waveOptions(report)),
                                Field.area("text", "Finding", null, form.text()))));
    }

    @GetMapping("/{id}/links/new")
    String newLink(@PathVariable String slug, @PathVariable long id, Model model) {
        var partnership = pages.partnership(slug);
        return linkForm(partnership, id, LinkForm.blank(), FormErrors.NONE, model);
    }

    @PostMapping("/{id}/links/new")
    String addLink(
            @PathVariable String slug,
            @PathVariable long id,
            @ModelAttribute LinkForm form,
            Model model,
            HttpServletResponse response) {
        var partnership = pages.partnership(slug);
        surveys.survey(partnership.id(), id);
        var version = planItems.current(partnership.id());
        return change(
                response,
                () -> {
                    surveys.link(
                            partnership.id(),
                            id,
                            form,
                            value -> version.map(v -> v.items().stream()
                                            .anyMatch(i -> i.value().equals(value)))
                                    .orElse(false));
                    return "redirect:" + Views.surveyHref(slug, id) + "?done=linked";
                },
                errors -> linkForm(partnership, id, form, errors, model));
    }

    private String linkForm(Partnership partnership, long id, LinkForm form, FormErrors errors, Model model) {
        var report = pages.report(partnership, id);
        var href = Views.surveyHref(partnership.slug(), id);
        var concerns = new ArrayList<Option>();
        concerns.add(new Option("", "Choose what people said"));
        report.findings().forEach(f -> concerns.add(new Option("finding-" + f.id(), "Finding: " + f.text())));
        report.questions().stream()
                .filter(q -> q.kind() == QuestionKind.MULTIPLE)
                .forEach(q -> q.categories().stream()
                        .filter(c -> !c.excluded())
                        .forEach(c -> concerns.add(new Option("category-" + c.id(), "Issue: " + c.label()))));
        var items = new ArrayList<Option>();
        items.add(new Option("", "Choose a priority or activity"));
        var version = planItems.current(partnership.id());
        version.ifPresent(v ->
                v.items().forEach(i -> items.add(new Option(i.value(), i.kindLabel() + ": " + i.title()))));
        return form(
                partnership,
                model,
                errors,
                new FormPage(
                        "Link a concern to the plan",
                        "You said, we did: what"
                                + " people said, and the priority or activity of the "
                                + version.map(PlanItems.Version::label).orElse("plan") + " that answers it.",
                        href + "/links/new",
                        "Link them",
                        href,
                        false,
                        List.of(
                                Field.select(
                                        "concern",
                                        "What people said",
                                        "A finding, or an issue of a multiple-choice question",
                                        form.concern(),
                                        concerns),
                                Field.select("planItem", "What answers it", null, form.planItem(), items))));
    }

    @PostMapping("/{id}/links/{linkId}/remove")
    String unlink(@PathVariable String slug, @PathVariable long id, @PathVariable long linkId) {
        var partnership = pages.partnership(slug);
        surveys.unlink(partnership.id(), id, linkId);
        return "redirect:" + Views.surveyHref(slug, id) + "?done=unlinked";
    }

    static String change(HttpServletResponse response, Supplier<String> action, Function<FormErrors, String> formPage) {
        try {
            return action.get();
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return formPage.apply(FormErrors.of(e));
        }
    }
}
