package org.saferplan.assessment;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.saferplan.assessment.web.AssessmentPages;
import org.saferplan.assessment.web.Ranking;
import org.saferplan.governance.Partnership;
import org.saferplan.governance.Partnerships;
import org.saferplan.security.CurrentUser;
import org.saferplan.security.Role;
import org.saferplan.web.FormErrors;
import org.saferplan.web.InvalidInputException;
import org.saferplan.web.Option;
import org.saferplan.web.PdfRenderer;
import org.saferplan.web.Shell;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The strategic assessment pages. Members read; analysts and coordinators change (the security module's rules for
 * {@code /partnerships/{slug}/assessment/**} decide before these methods run); agreeing the priorities is the
 * coordinator's alone, which the service checks (403 for an analyst). An assessment is found by its year within
 * the partnership of the path.
 */
@Controller
@RequestMapping("/partnerships/{slug}/assessment")
class AssessmentController {

    private static final Map<String, String> NOTICES = Map.ofEntries(
            Map.entry("created", "Strategic assessment started"),
            Map.entry("theme-added", "Theme added"),
            Map.entry("types-saved", "Crime types saved"),
            Map.entry("datasets-saved", "Partner datasets saved"),
            Map.entry("evidence-added", "Evidence added"),
            Map.entry("scored", "Score saved with its reason"),
            Map.entry("aligned", "Objectives saved"),
            Map.entry("objective-added", "Objective added"),
            Map.entry("weights-saved", "Weights saved"),
            Map.entry("agreed", "Priorities agreed: the assessment is frozen and the plan's next refresh updated"),
            Map.entry("run", "Ranking re-run with today's data"));

    private final Partnerships partnerships;
    private final Assessments assessments;
    private final CurrentUser currentUser;
    private final PdfRenderer pdf;

    AssessmentController(Partnerships partnerships, Assessments assessments, CurrentUser currentUser, PdfRenderer pdf) {
        this.partnerships = partnerships;
        this.assessments = assessments;
        this.currentUser = currentUser;
        this.pdf = pdf;
    }

    @GetMapping
    String list(@PathVariable String slug, @RequestParam(required = false) String why, Model model) {
        model.addAttribute("whyMissing", why == null || why.isBlank() ? null : why.strip());
        return listPage(partnership(slug), "", "DEFAULT", FormErrors.NONE, model);
    }

    @PostMapping
    String create(
            @PathVariable String slug,
            @RequestParam(required = false) String year,
            @RequestParam(required = false) String matrix,
            Model model,
            HttpServletResponse response) {
        var partnership = partnership(slug);
        return change(
                response,
                () -> {
                    var created = assessments.create(partnership.id(), year, matrix);
                    return "redirect:" + Views.href(slug, created.year()) + "?done=created";
                },
                errors -> listPage(partnership, year, matrix, errors, model));
    }

    private String listPage(Partnership partnership, String year, String matrix, FormErrors errors, Model model) {
        model.addAttribute("workspace", workspace(partnership, model));
        model.addAttribute(
                "assessments",
                assessments.all(partnership.id()).stream()
                        .map(a -> summary(partnership, a))
                        .toList());
        model.addAttribute("year", year == null ? "" : year);
        model.addAttribute("matrix", matrix == null ? "DEFAULT" : matrix);
        model.addAttribute(
                "matrices",
                java.util.Arrays.stream(Matrix.values())
                        .map(m -> new Option(m.name(), m.label()))
                        .toList());
        model.addAttribute("errors", errors);
        return "assessment/list";
    }

    /**
     * "Why is this a priority?": the theme of that title in the partnership's latest agreed assessment, where its
     * scores, evidence and the reason it was agreed are. A plain URL, so plan pages can link here by a priority's
     * title without the plan module depending on this one.
     */
    @GetMapping("/why")
    String why(@PathVariable String slug, @RequestParam String priority) {
        var partnership = partnership(slug);
        var agreed = assessments.all(partnership.id()).stream()
                .filter(Assessment::agreed)
                .toList();
        for (var assessment : agreed) {
            var theme = assessments.themes(assessment).stream()
                    .filter(t -> t.agreed() && PlanEvidence.key(t.title()).equals(PlanEvidence.key(priority)))
                    .findFirst();
            if (theme.isPresent()) {
                return "redirect:" + Views.href(slug, assessment.year()) + "/themes/"
                        + theme.get().id();
            }
        }
        // Plan pages link here for every priority; one no assessment has agreed yet gets a page that says so.
        return "redirect:/partnerships/" + slug + "/assessment?why="
                + org.springframework.web.util.UriUtils.encodeQueryParam(
                        priority, java.nio.charset.StandardCharsets.UTF_8);
    }

    @GetMapping("/{year}")
    String overview(
            @PathVariable String slug,
            @PathVariable int year,
            @RequestParam(required = false) String done,
            Model model) {
        var partnership = partnership(slug);
        var assessment = assessments.get(partnership.id(), year);
        var ranking = assessments.ranking(partnership.id(), slug, assessment);
        model.addAttribute("workspace", workspace(partnership, model));
        model.addAttribute("assessment", summary(partnership, assessment));
        model.addAttribute("ranking", ranking);
        model.addAttribute("planChange", assessments.planChange(assessment).orElse(null));
        model.addAttribute(
                "objectives",
                assessments.objectives(assessment).stream()
                        .map(AssessmentRepository.Objective::text)
                        .toList());
        model.addAttribute(
                "hasPrevious", assessments.previous(partnership, assessment).isPresent());
        model.addAttribute("notice", done == null ? null : NOTICES.get(done));
        return "assessment/overview";
    }

    @GetMapping("/{year}/themes/new")
    String newTheme(@PathVariable String slug, @PathVariable int year, Model model) {
        var partnership = partnership(slug);
        var assessment = assessments.get(partnership.id(), year);
        if (assessment.agreed()) {
            return "redirect:" + Views.href(slug, year);
        }
        return themeForm(partnership, assessment, "", "", List.of(), FormErrors.NONE, model);
    }

    @PostMapping("/{year}/themes/new")
    String addTheme(
            @PathVariable String slug,
            @PathVariable int year,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String description,
            @RequestParam(required = false) List<String> crimeTypes,
            Model model,
            HttpServletResponse response) {
        var partnership = partnership(slug);
        var assessment = assessments.get(partnership.id(), year);
        return change(
                response,
                () -> {
                    long id = assessments.addTheme(partnership.id(), year, title, description, crimeTypes);
                    return "redirect:" + Views.href(slug, year) + "/themes/" + id + "?done=theme-added";
                },
                errors -> themeForm(partnership, assessment, title, description, crimeTypes, errors, model));
    }

    private String themeForm(
            Partnership partnership,
            Assessment assessment,
            String title,
            String description,
            List<String> crimeTypes,
            FormErrors errors,
            Model model) {
        model.addAttribute("workspace", workspace(partnership, model));
        model.addAttribute("assessment", summary(partnership, assessment));
        model.addAttribute("title", title == null ? "" : title);
        model.addAttribute("description", description == null ? "" : description);
        model.addAttribute("crimeTypes", choices(crimeTypes));
        model.addAttribute("errors", errors);
        return "assessment/themeNew";
    }

    @GetMapping("/{year}/themes/{themeId}")
    String theme(
            @PathVariable String slug,
            @PathVariable int year,
            @PathVariable long themeId,
            @RequestParam(required = false) String done,
            Model model) {
        model.addAttribute("notice", done == null ? null : NOTICES.get(done));
        return themePage(partnership(slug), year, themeId, FormErrors.NONE, Map.of(), model);
    }

    @PostMapping("/{year}/themes/{themeId}/crime-types")
    String crimeTypes(
            @PathVariable String slug,
            @PathVariable int year,
            @PathVariable long themeId,
            @RequestParam(required = false) List<String> crimeTypes,
            Model model,
            HttpServletResponse response) {
        return themeChange(
                slug,
                year,
                themeId,
                "types-saved",
                Map.of(),
                model,
                response,
                id -> assessments.setCrimeTypes(id, year, themeId, crimeTypes));
    }

    @PostMapping("/{year}/themes/{themeId}/evidence")
    String evidence(
            @PathVariable String slug,
            @PathVariable int year,
            @PathVariable long themeId,
            @RequestParam Map<String, String> form,
            Model model,
            HttpServletResponse response) {
        return themeChange(
                slug,
                year,
                themeId,
                "evidence-added",
                form,
                model,
                response,
                id -> assessments.addEvidence(
                        id,
                        year,
                        themeId,
                        form.get("evidenceText"),
                        form.get("evidenceSource"),
                        form.get("evidenceDate"),
                        form.get("evidenceLink")));
    }

    @PostMapping("/{year}/themes/{themeId}/scores")
    String score(
            @PathVariable String slug,
            @PathVariable int year,
            @PathVariable long themeId,
            @RequestParam Map<String, String> form,
            Model model,
            HttpServletResponse response) {
        return themeChange(
                slug,
                year,
                themeId,
                "scored",
                form,
                model,
                response,
                id -> assessments.score(
                        id, slug, year, themeId, form.get("dimension"), form.get("score"), form.get("reason")));
    }

    @PostMapping("/{year}/themes/{themeId}/datasets")
    String datasets(
            @PathVariable String slug,
            @PathVariable int year,
            @PathVariable long themeId,
            @RequestParam(required = false) List<String> datasets,
            Model model,
            HttpServletResponse response) {
        return themeChange(
                slug,
                year,
                themeId,
                "datasets-saved",
                Map.of(),
                model,
                response,
                id -> assessments.setDatasets(id, year, themeId, datasets));
    }

    @PostMapping("/{year}/themes/{themeId}/objectives")
    String align(
            @PathVariable String slug,
            @PathVariable int year,
            @PathVariable long themeId,
            @RequestParam(required = false) List<String> objectives,
            Model model,
            HttpServletResponse response) {
        return themeChange(
                slug,
                year,
                themeId,
                "aligned",
                Map.of(),
                model,
                response,
                id -> assessments.align(id, year, themeId, objectives));
    }

    /** Runs a change of the theme (given the partnership's id); on success back to the theme, else its form errors. */
    private String themeChange(
            String slug,
            int year,
            long themeId,
            String done,
            Map<String, String> form,
            Model model,
            HttpServletResponse response,
            java.util.function.LongConsumer action) {
        var partnership = partnership(slug);
        return change(
                response,
                () -> {
                    action.accept(partnership.id());
                    return "redirect:" + Views.href(slug, year) + "/themes/" + themeId + "?done=" + done;
                },
                errors -> themePage(partnership, year, themeId, errors, form, model));
    }

    private String themePage(
            Partnership partnership, int year, long themeId, FormErrors errors, Map<String, String> form, Model model) {
        var assessment = assessments.get(partnership.id(), year);
        var theme = assessments.theme(assessment, themeId);
        var ranking = assessments.ranking(partnership.id(), partnership.slug(), assessment);
        var row = ranking.themes().stream()
                .filter(r -> r.themeId() == themeId)
                .findFirst()
                .orElseThrow();
        var aligned = assessments.alignments(assessment).getOrDefault(themeId, List.of());
        var objectives = assessments.objectives(assessment).stream()
                .map(o -> new AssessmentPages.Objective(o.id(), o.text(), aligned.contains(o.id())))
                .toList();
        var dimensions = ranking.dimensions().stream()
                .map(d -> new Option(d.key(), d.label()))
                .toList();
        var datasets = assessments.datasets(partnership.id()).entrySet().stream()
                .map(e -> new AssessmentPages.Objective(
                        e.getKey(), e.getValue(), theme.datasetIds().contains(e.getKey())))
                .toList();
        model.addAttribute("workspace", workspace(partnership, model));
        model.addAttribute("assessment", summary(partnership, assessment));
        model.addAttribute(
                "theme",
                new AssessmentPages.Theme(
                        row,
                        theme.description(),
                        theme.origin(),
                        choices(theme.crimeTypes()),
                        objectives,
                        datasets,
                        dimensions,
                        ranking.dimensions()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        if (!model.containsAttribute("notice")) {
            model.addAttribute("notice", null);
        }
        return "assessment/theme";
    }

    @GetMapping("/{year}/objectives")
    String objectives(
            @PathVariable String slug,
            @PathVariable int year,
            @RequestParam(required = false) String done,
            Model model) {
        model.addAttribute("notice", done == null ? null : NOTICES.get(done));
        return objectivesPage(partnership(slug), year, "", FormErrors.NONE, model);
    }

    @PostMapping("/{year}/objectives")
    String addObjective(
            @PathVariable String slug,
            @PathVariable int year,
            @RequestParam(required = false) String objective,
            Model model,
            HttpServletResponse response) {
        var partnership = partnership(slug);
        return change(
                response,
                () -> {
                    assessments.addObjective(partnership.id(), year, objective);
                    return "redirect:" + Views.href(slug, year) + "/objectives?done=objective-added";
                },
                errors -> {
                    model.addAttribute("notice", null);
                    return objectivesPage(partnership, year, objective, errors, model);
                });
    }

    private String objectivesPage(Partnership partnership, int year, String objective, FormErrors errors, Model model) {
        var assessment = assessments.get(partnership.id(), year);
        var themes = assessments.themes(assessment);
        var alignments = assessments.alignments(assessment);
        var rows = new ArrayList<Map.Entry<String, List<String>>>();
        for (var o : assessments.objectives(assessment)) {
            rows.add(Map.entry(
                    o.text(),
                    themes.stream()
                            .filter(t ->
                                    alignments.getOrDefault(t.id(), List.of()).contains(o.id()))
                            .map(AssessmentRepository.ThemeRow::title)
                            .toList()));
        }
        model.addAttribute("workspace", workspace(partnership, model));
        model.addAttribute("assessment", summary(partnership, assessment));
        model.addAttribute("rows", rows);
        model.addAttribute("objective", objective == null ? "" : objective);
        model.addAttribute("errors", errors);
        return "assessment/objectives";
    }

    @GetMapping("/{year}/weights")
    String weights(@PathVariable String slug, @PathVariable int year, Model model) {
        var partnership = partnership(slug);
        return weightsPage(partnership, assessments.get(partnership.id(), year), Map.of(), FormErrors.NONE, model);
    }

    @PostMapping("/{year}/weights")
    String saveWeights(
            @PathVariable String slug,
            @PathVariable int year,
            @RequestParam Map<String, String> form,
            Model model,
            HttpServletResponse response) {
        var partnership = partnership(slug);
        var assessment = assessments.get(partnership.id(), year);
        return change(
                response,
                () -> {
                    assessments.setWeights(partnership.id(), year, form);
                    return "redirect:" + Views.href(slug, year) + "?done=weights-saved";
                },
                errors -> weightsPage(partnership, assessment, form, errors, model));
    }

    private String weightsPage(
            Partnership partnership, Assessment assessment, Map<String, String> form, FormErrors errors, Model model) {
        model.addAttribute("workspace", workspace(partnership, model));
        model.addAttribute("assessment", summary(partnership, assessment));
        model.addAttribute("method", assessment.matrix().method());
        model.addAttribute(
                "weights",
                assessments.dimensions(assessment).stream()
                        .map(d -> new AssessmentPages.Weight(
                                d.key(),
                                d.label(),
                                switch (d.role()) {
                                    case "FACTOR" -> "multiplies the sum";
                                    case "RECORD" -> "recorded beside the total, not part of it";
                                    default -> "added to the total";
                                },
                                form.getOrDefault(
                                        "weight-" + d.key(),
                                        d.weight().stripTrailingZeros().toPlainString())))
                        .toList());
        model.addAttribute("errors", errors);
        return "assessment/weights";
    }

    @GetMapping("/{year}/decision")
    String decision(@PathVariable String slug, @PathVariable int year, Model model) {
        return decisionPage(partnership(slug), year, null, Map.of(), FormErrors.NONE, model);
    }

    @PostMapping("/{year}/decision")
    String agree(
            @PathVariable String slug,
            @PathVariable int year,
            @RequestParam(required = false) List<String> agreed,
            @RequestParam Map<String, String> form,
            Model model,
            HttpServletResponse response) {
        var partnership = partnership(slug);
        return change(
                response,
                () -> {
                    assessments.agree(partnership, year, agreed, form);
                    return "redirect:" + Views.href(slug, year) + "?done=agreed";
                },
                errors -> decisionPage(partnership, year, agreed == null ? List.of() : agreed, form, errors, model));
    }

    private String decisionPage(
            Partnership partnership,
            int year,
            List<String> agreed,
            Map<String, String> form,
            FormErrors errors,
            Model model) {
        var assessment = assessments.get(partnership.id(), year);
        var ranking = assessments.ranking(partnership.id(), partnership.slug(), assessment);
        var rows = ranking.themes().stream()
                .map(r -> new AssessmentPages.DecisionRow(
                        r,
                        agreed == null ? r.agreed() : agreed.contains(String.valueOf(r.themeId())),
                        form.getOrDefault(
                                "reason-" + r.themeId(),
                                r.decisionReason().isEmpty()
                                        ? proposedReason(r, ranking.themes().size())
                                        : r.decisionReason())))
                .toList();
        model.addAttribute("workspace", workspace(partnership, model));
        model.addAttribute("assessment", summary(partnership, assessment));
        model.addAttribute("rows", rows);
        model.addAttribute("planChange", assessments.planChange(assessment).orElse(null));
        model.addAttribute("errors", errors);
        return "assessment/decision";
    }

    /** A starting point for the reason: the theme's rank, scores and aligned objectives, which the coordinator edits. */
    static String proposedReason(Ranking.Row row, int themes) {
        var scores = row.scores().stream()
                .filter(c -> c.score() != null)
                .map(c -> c.label().toLowerCase(java.util.Locale.UK) + " " + c.score())
                .toList();
        var text = new StringBuilder("Ranked " + row.rank() + " of " + themes + " (total " + row.totalText() + ")");
        if (!scores.isEmpty()) {
            text.append("; ").append(String.join(", ", scores));
        }
        if (!row.objectives().isEmpty()) {
            text.append("; aligns with the police and crime plan: ").append(String.join("; ", row.objectives()));
        }
        return text.append('.').toString();
    }

    /** The report as a complete HTML document (stored when the assessment was agreed). */
    @GetMapping("/{year}/report")
    ResponseEntity<String> report(@PathVariable String slug, @PathVariable int year) {
        var partnership = partnership(slug);
        var assessment = assessments.get(partnership.id(), year);
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(assessments.reportHtml(partnership, assessment));
    }

    @GetMapping("/{year}/report.pdf")
    ResponseEntity<byte[]> reportPdf(@PathVariable String slug, @PathVariable int year) {
        var partnership = partnership(slug);
        var assessment = assessments.get(partnership.id(), year);
        var file = "strategic-assessment-" + slug + "-" + year + ".pdf";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        "Content-Disposition",
                        ContentDisposition.inline().filename(file).build().toString())
                .body(pdf.render(assessments.reportHtml(partnership, assessment)));
    }

    @GetMapping("/{year}/compare")
    String compare(@PathVariable String slug, @PathVariable int year, Model model) {
        var partnership = partnership(slug);
        var assessment = assessments.get(partnership.id(), year);
        var previous = assessments.previous(partnership, assessment);
        model.addAttribute("workspace", workspace(partnership, model));
        model.addAttribute("assessment", summary(partnership, assessment));
        model.addAttribute(
                "comparison",
                previous.map(p -> Assessments.compare(
                                p.title(),
                                assessments.ranking(partnership.id(), slug, p),
                                assessment.title(),
                                assessments.ranking(partnership.id(), slug, assessment)))
                        .orElse(null));
        return "assessment/compare";
    }

    @GetMapping("/{year}/runs")
    String runs(
            @PathVariable String slug,
            @PathVariable int year,
            @RequestParam(required = false) String done,
            Model model) {
        var partnership = partnership(slug);
        var assessment = assessments.get(partnership.id(), year);
        var runs = assessments.runs(assessment);
        var agreed = assessments.lastAgreed(partnership.id());
        model.addAttribute("workspace", workspace(partnership, model));
        model.addAttribute("assessment", summary(partnership, assessment));
        model.addAttribute(
                "runs",
                runs.stream()
                        .map(r -> new AssessmentPages.RunRow(
                                r.id(),
                                Views.date(r.at())
                                        + " "
                                        + java.time.format.DateTimeFormatter.ofPattern("HH:mm")
                                                .format(r.at().atZone(java.time.ZoneId.of("Europe/London"))),
                                r.by(),
                                Views.href(slug, year) + "/runs/" + r.id(),
                                r.ranking().themes().stream()
                                        .limit(3)
                                        .map(Ranking.Row::title)
                                        .toList()))
                        .toList());
        model.addAttribute(
                "latest",
                runs.isEmpty() || agreed.isEmpty()
                        ? null
                        : Assessments.compare(
                                agreed.get().title() + " (agreed)",
                                assessments.ranking(partnership.id(), slug, agreed.get()),
                                "the run of " + Views.date(runs.get(0).at()),
                                runs.get(0).ranking()));
        model.addAttribute("agreedTitle", agreed.map(Assessment::title).orElse(null));
        model.addAttribute("notice", done == null ? null : NOTICES.get(done));
        return "assessment/runs";
    }

    @PostMapping("/{year}/runs")
    String run(@PathVariable String slug, @PathVariable int year) {
        var partnership = partnership(slug);
        long id = assessments.run(partnership, year);
        return "redirect:" + Views.href(slug, year) + "/runs/" + id + "?done=run";
    }

    @GetMapping("/{year}/runs/{runId}")
    String runPage(
            @PathVariable String slug,
            @PathVariable int year,
            @PathVariable long runId,
            @RequestParam(required = false) String done,
            Model model) {
        var partnership = partnership(slug);
        var assessment = assessments.get(partnership.id(), year);
        var run = assessments.runs(assessment).stream()
                .filter(r -> r.id() == runId)
                .findFirst()
                .orElseThrow(Assessments::notFound);
        var agreed = assessments.lastAgreed(partnership.id());
        model.addAttribute("workspace", workspace(partnership, model));
        model.addAttribute("assessment", summary(partnership, assessment));
        model.addAttribute("when", Views.date(run.at()));
        model.addAttribute("by", run.by());
        model.addAttribute("ranking", run.ranking());
        model.addAttribute(
                "comparison",
                agreed.map(a -> Assessments.compare(
                                a.title() + " (agreed)",
                                assessments.ranking(partnership.id(), slug, a),
                                "this run",
                                run.ranking()))
                        .orElse(null));
        model.addAttribute("notice", done == null ? null : NOTICES.get(done));
        return "assessment/run";
    }

    private Partnership partnership(String slug) {
        return partnerships.findBySlug(slug).orElseThrow(Assessments::notFound);
    }

    private AssessmentPages.Workspace workspace(Partnership partnership, Model model) {
        var yours = Shell.workspaceIn(model, partnership.slug()).orElse(null);
        return new AssessmentPages.Workspace(
                partnership.slug(),
                partnership.name(),
                yours != null && yours.mayChange("assessment"),
                currentUser.hasRole(partnership.id(), Role.COORDINATOR),
                yours != null && yours.mayRead("audit"));
    }

    static AssessmentPages.Summary summary(Partnership partnership, Assessment a) {
        return new AssessmentPages.Summary(
                a.id(),
                a.year(),
                a.title(),
                a.statusLabel(),
                a.agreed(),
                a.matrix().label(),
                a.agreed()
                        ? "Agreed by " + a.agreedBy() + " on " + Views.date(a.agreedAt())
                        : "Draft: started by " + a.createdBy() + " on " + Views.date(a.createdAt()),
                Views.href(partnership.slug(), a.year()));
    }

    private static List<AssessmentPages.Choice> choices(List<String> chosen) {
        var set = chosen == null ? List.<String>of() : chosen;
        return CrimeEvidence.types().stream()
                .map(t -> new AssessmentPages.Choice(t, set.contains(t)))
                .toList();
    }

    private static String change(
            HttpServletResponse response, Supplier<String> action, Function<FormErrors, String> formPage) {
        try {
            return action.get();
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return formPage.apply(FormErrors.of(e));
        }
    }
}
