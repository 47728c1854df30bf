package org.saferplan.plan;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.saferplan.governance.Partnership;
import org.saferplan.governance.Partnerships;
import org.saferplan.plan.web.ActivityForm;
import org.saferplan.plan.web.ComparePage;
import org.saferplan.plan.web.FormPage;
import org.saferplan.plan.web.MeasureForm;
import org.saferplan.plan.web.PlanForm;
import org.saferplan.plan.web.PlanSummary;
import org.saferplan.plan.web.PlanWorkspace;
import org.saferplan.plan.web.RefreshForm;
import org.saferplan.plan.web.SectionForm;
import org.saferplan.plan.web.ThemeForm;
import org.saferplan.plan.web.WorkPlanRow;
import org.saferplan.plan.web.WorkPlanTheme;
import org.saferplan.web.FormErrors;
import org.saferplan.web.InvalidInputException;
import org.saferplan.web.Option;
import org.saferplan.web.Shell;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The plan pages of a partnership's workspace. Members read, coordinators change: the security module's rules for
 * {@code /partnerships/{slug}/plan/**} decide before these methods run. Every id in a path is looked up within the
 * partnership of the path, so another partnership's id is not found (404). Changes that the plan's rules refuse
 * (editing an approved version, a second draft) give 409 with the reason.
 */
@Controller
@RequestMapping("/partnerships/{slug}/plan")
class PlanController {

    private static final Map<String, String> NOTICES = Map.ofEntries(
            Map.entry("plan-created", "Plan created"),
            Map.entry("refresh-started", "Refresh started: a draft copy of the latest version"),
            Map.entry("approved", "Version approved"),
            Map.entry("published", "Version published"),
            Map.entry("section-saved", "Section saved"),
            Map.entry("theme-added", "Theme added"),
            Map.entry("theme-saved", "Theme saved"),
            Map.entry("theme-removed", "Theme removed"),
            Map.entry("activity-added", "Activity added"),
            Map.entry("activity-saved", "Activity saved"),
            Map.entry("activity-removed", "Activity removed"),
            Map.entry("measure-added", "Measure added"),
            Map.entry("measure-saved", "Measure saved"),
            Map.entry("measure-removed", "Measure removed"));

    private final Partnerships partnerships;
    private final Plans plans;

    PlanController(Partnerships partnerships, Plans plans) {
        this.partnerships = partnerships;
        this.plans = plans;
    }

    @GetMapping
    String plans(@PathVariable String slug, @RequestParam(required = false) String done, Model model) {
        var partnership = partnership(slug);
        var workspace = workspace(partnership, model);
        var summaries = new ArrayList<PlanSummary>();
        for (var plan : plans.plans(partnership.id())) {
            var versions = plans.versions(plan.id());
            boolean hasDraft = versions.stream().anyMatch(v -> v.status() == VersionStatus.DRAFT);
            summaries.add(new PlanSummary(
                    plan.id(),
                    plan.title(),
                    plan.years(),
                    versions.stream().map(v -> PlanViews.row(slug, v)).toList(),
                    workspace.mayChange() && !hasDraft ? workspace.planHref() + "/" + plan.id() + "/refresh" : null,
                    hasDraft ? "A draft is in progress: approve it before starting another refresh." : null));
        }
        model.addAttribute("workspace", workspace);
        model.addAttribute("plans", summaries);
        model.addAttribute("notice", done == null ? null : NOTICES.get(done));
        return "plan/plans";
    }

    @GetMapping("/new")
    String newPlan(@PathVariable String slug, Model model) {
        var partnership = partnership(slug);
        return planForm(partnership, PlanForm.blank(), FormErrors.NONE, model);
    }

    @PostMapping("/new")
    String createPlan(
            @PathVariable String slug, @ModelAttribute PlanForm form, Model model, HttpServletResponse response) {
        var partnership = partnership(slug);
        return change(
                model,
                response,
                partnership,
                () -> {
                    plans.createPlan(partnership.id(), form);
                    return "redirect:/partnerships/" + slug + "/plan?done=plan-created";
                },
                errors -> planForm(partnership, form, errors, model));
    }

    private String planForm(Partnership partnership, PlanForm form, FormErrors errors, Model model) {
        var workspace = workspace(partnership, model);
        model.addAttribute("workspace", workspace);
        model.addAttribute(
                "page",
                new FormPage(
                        "Create a plan",
                        partnership.name(),
                        workspace.planHref() + "/new",
                        workspace.planHref(),
                        null,
                        null));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "plan/planNew";
    }

    @GetMapping("/{planId}/refresh")
    String refreshForm(@PathVariable String slug, @PathVariable long planId, Model model) {
        var partnership = partnership(slug);
        var plan = plans.plan(partnership.id(), planId);
        var next = plans.latest(planId).map(v -> v.financialYear().next()).orElse(new FinancialYear(plan.firstYear()));
        return refreshPage(
                partnership, plan, new RefreshForm(next + " refresh", next.toString()), FormErrors.NONE, model);
    }

    @PostMapping("/{planId}/refresh")
    String startRefresh(
            @PathVariable String slug,
            @PathVariable long planId,
            @ModelAttribute RefreshForm form,
            Model model,
            HttpServletResponse response) {
        var partnership = partnership(slug);
        var plan = plans.plan(partnership.id(), planId);
        return change(
                model,
                response,
                partnership,
                () -> {
                    var version = plans.startRefresh(partnership.id(), planId, form);
                    return redirect(slug, version.id(), "refresh-started");
                },
                errors -> refreshPage(partnership, plan, form, errors, model));
    }

    private String refreshPage(Partnership partnership, Plan plan, RefreshForm form, FormErrors errors, Model model) {
        var workspace = workspace(partnership, model);
        var latest = plans.latest(plan.id());
        model.addAttribute("workspace", workspace);
        model.addAttribute(
                "page",
                new FormPage(
                        "Start the next refresh",
                        plan.title(),
                        workspace.planHref() + "/" + plan.id() + "/refresh",
                        workspace.planHref(),
                        null,
                        null));
        model.addAttribute(
                "copied",
                latest.map(v -> v.label() + " (" + v.status().label().toLowerCase() + ")")
                        .orElse(null));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "plan/refresh";
    }

    @GetMapping("/versions/{versionId}")
    String version(
            @PathVariable String slug,
            @PathVariable long versionId,
            @RequestParam(required = false) String done,
            Model model) {
        var partnership = partnership(slug);
        var workspace = workspace(partnership, model);
        var content = plans.content(partnership.id(), versionId);
        model.addAttribute("workspace", workspace);
        model.addAttribute(
                "version",
                PlanViews.version(
                        slug,
                        partnership.name(),
                        content,
                        plans.versions(content.plan().id()),
                        plans.partnerNames(partnership.id()),
                        workspace.mayChange()));
        model.addAttribute("notice", done == null ? null : NOTICES.get(done));
        return "plan/version";
    }

    @PostMapping("/versions/{versionId}/approve")
    String approve(@PathVariable String slug, @PathVariable long versionId, Model model, HttpServletResponse response) {
        var partnership = partnership(slug);
        return change(model, response, partnership, () -> {
            plans.approve(partnership.id(), versionId);
            return redirect(slug, versionId, "approved");
        });
    }

    @PostMapping("/versions/{versionId}/publish")
    String publish(@PathVariable String slug, @PathVariable long versionId, Model model, HttpServletResponse response) {
        var partnership = partnership(slug);
        return change(model, response, partnership, () -> {
            plans.publish(partnership.id(), versionId);
            return redirect(slug, versionId, "published");
        });
    }

    @GetMapping("/versions/{versionId}/sections/{kind}")
    String sectionForm(
            @PathVariable String slug,
            @PathVariable long versionId,
            @PathVariable String kind,
            Model model,
            HttpServletResponse response) {
        var partnership = partnership(slug);
        var section = sectionKind(kind);
        var content = plans.content(partnership.id(), versionId);
        return editablePage(
                content,
                model,
                response,
                partnership,
                () -> sectionPage(
                        partnership,
                        content,
                        section,
                        new SectionForm(content.section(section)),
                        FormErrors.NONE,
                        model));
    }

    @PostMapping("/versions/{versionId}/sections/{kind}")
    String saveSection(
            @PathVariable String slug,
            @PathVariable long versionId,
            @PathVariable String kind,
            @ModelAttribute SectionForm form,
            Model model,
            HttpServletResponse response) {
        var partnership = partnership(slug);
        var section = sectionKind(kind);
        var content = plans.content(partnership.id(), versionId);
        return change(
                model,
                response,
                partnership,
                () -> {
                    plans.saveSection(partnership.id(), versionId, section, form.body());
                    return redirect(slug, versionId, "section-saved");
                },
                errors -> sectionPage(partnership, content, section, form, errors, model));
    }

    private String sectionPage(
            Partnership partnership,
            VersionContent content,
            SectionKind kind,
            SectionForm form,
            FormErrors errors,
            Model model) {
        var href = PlanViews.versionHref(partnership.slug(), content.version().id());
        model.addAttribute("workspace", workspace(partnership, model));
        model.addAttribute(
                "page",
                new FormPage(
                        "Edit " + kind.label().toLowerCase(),
                        caption(content),
                        href + "/sections/" + kind.slug(),
                        href,
                        null,
                        null));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "plan/section";
    }

    @GetMapping("/versions/{versionId}/themes/new")
    String newTheme(
            @PathVariable String slug, @PathVariable long versionId, Model model, HttpServletResponse response) {
        var partnership = partnership(slug);
        var content = plans.content(partnership.id(), versionId);
        return editablePage(
                content,
                model,
                response,
                partnership,
                () -> themePage(partnership, content, null, ThemeForm.blank(), FormErrors.NONE, model));
    }

    @PostMapping("/versions/{versionId}/themes/new")
    String addTheme(
            @PathVariable String slug,
            @PathVariable long versionId,
            @ModelAttribute ThemeForm form,
            Model model,
            HttpServletResponse response) {
        var partnership = partnership(slug);
        var content = plans.content(partnership.id(), versionId);
        return change(
                model,
                response,
                partnership,
                () -> {
                    var theme = plans.addTheme(partnership.id(), versionId, form);
                    return redirect(slug, versionId, "theme-added") + "#theme-" + theme.id();
                },
                errors -> themePage(partnership, content, null, form, errors, model));
    }

    @GetMapping("/versions/{versionId}/themes/{themeId}")
    String editTheme(
            @PathVariable String slug,
            @PathVariable long versionId,
            @PathVariable long themeId,
            Model model,
            HttpServletResponse response) {
        var partnership = partnership(slug);
        var content = plans.content(partnership.id(), versionId);
        var theme = content.theme(themeId).orElseThrow(PlanNotFoundException::new);
        var form = new ThemeForm(
                theme.kind().name(),
                theme.title(),
                theme.description(),
                theme.leadOrganisationId() == null
                        ? ""
                        : theme.leadOrganisationId().toString(),
                theme.leadPerson(),
                String.valueOf(content.themes().indexOf(theme) + 1));
        return editablePage(
                content,
                model,
                response,
                partnership,
                () -> themePage(partnership, content, theme, form, FormErrors.NONE, model));
    }

    @PostMapping("/versions/{versionId}/themes/{themeId}")
    String saveTheme(
            @PathVariable String slug,
            @PathVariable long versionId,
            @PathVariable long themeId,
            @ModelAttribute ThemeForm form,
            Model model,
            HttpServletResponse response) {
        var partnership = partnership(slug);
        var content = plans.content(partnership.id(), versionId);
        var theme = content.theme(themeId).orElseThrow(PlanNotFoundException::new);
        return change(
                model,
                response,
                partnership,
                () -> {
                    plans.updateTheme(partnership.id(), versionId, themeId, form);
                    return redirect(slug, versionId, "theme-saved") + "#theme-" + themeId;
                },
                errors -> themePage(partnership, content, theme, form, errors, model));
    }

    @PostMapping("/versions/{versionId}/themes/{themeId}/remove")
    String removeTheme(
            @PathVariable String slug,
            @PathVariable long versionId,
            @PathVariable long themeId,
            Model model,
            HttpServletResponse response) {
        var partnership = partnership(slug);
        return change(model, response, partnership, () -> {
            plans.removeTheme(partnership.id(), versionId, themeId);
            return redirect(slug, versionId, "theme-removed");
        });
    }

    private String themePage(
            Partnership partnership,
            VersionContent content,
            Theme theme,
            ThemeForm form,
            FormErrors errors,
            Model model) {
        var href = PlanViews.versionHref(partnership.slug(), content.version().id());
        var action = theme == null ? href + "/themes/new" : href + "/themes/" + theme.id();
        model.addAttribute("workspace", workspace(partnership, model));
        model.addAttribute(
                "page",
                new FormPage(
                        theme == null ? "Add a theme" : "Edit theme: " + theme.title(),
                        caption(content),
                        action,
                        href,
                        theme == null ? null : action + "/remove",
                        "Remove this theme"));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "kinds",
                java.util.Arrays.stream(ThemeKind.values())
                        .map(k -> new Option(k.name(), k.label()))
                        .toList());
        model.addAttribute("organisations", organisationOptions(partnership, "No lead organisation"));
        return "plan/theme";
    }

    @GetMapping("/versions/{versionId}/themes/{themeId}/activities/new")
    String newActivity(
            @PathVariable String slug,
            @PathVariable long versionId,
            @PathVariable long themeId,
            Model model,
            HttpServletResponse response) {
        var partnership = partnership(slug);
        var content = plans.content(partnership.id(), versionId);
        var theme = content.theme(themeId).orElseThrow(PlanNotFoundException::new);
        return editablePage(
                content,
                model,
                response,
                partnership,
                () -> activityPage(partnership, content, theme, null, ActivityForm.blank(), FormErrors.NONE, model));
    }

    @PostMapping("/versions/{versionId}/themes/{themeId}/activities/new")
    String addActivity(
            @PathVariable String slug,
            @PathVariable long versionId,
            @PathVariable long themeId,
            @ModelAttribute ActivityForm form,
            Model model,
            HttpServletResponse response) {
        var partnership = partnership(slug);
        var content = plans.content(partnership.id(), versionId);
        var theme = content.theme(themeId).orElseThrow(PlanNotFoundException::new);
        return change(
                model,
                response,
                partnership,
                () -> {
                    plans.addActivity(partnership.id(), versionId, themeId, form);
                    return redirect(slug, versionId, "activity-added") + "#theme-" + themeId;
                },
                errors -> activityPage(partnership, content, theme, null, form, errors, model));
    }

    @GetMapping("/versions/{versionId}/themes/{themeId}/activities/{activityId}")
    String editActivity(
            @PathVariable String slug,
            @PathVariable long versionId,
            @PathVariable long themeId,
            @PathVariable long activityId,
            Model model,
            HttpServletResponse response) {
        var partnership = partnership(slug);
        var content = plans.content(partnership.id(), versionId);
        var theme = content.theme(themeId).orElseThrow(PlanNotFoundException::new);
        var activity = content.activitiesOf(themeId).stream()
                .filter(a -> a.id() == activityId)
                .findFirst()
                .orElseThrow(PlanNotFoundException::new);
        var form = new ActivityForm(
                activity.text(),
                activity.owners().stream().map(String::valueOf).toList(),
                activity.leadPerson(),
                activity.note(),
                text(activity.startsOn()),
                text(activity.dueOn()),
                activity.status().name(),
                String.valueOf(content.activitiesOf(themeId).indexOf(activity) + 1));
        return editablePage(
                content,
                model,
                response,
                partnership,
                () -> activityPage(partnership, content, theme, activity, form, FormErrors.NONE, model));
    }

    @PostMapping("/versions/{versionId}/themes/{themeId}/activities/{activityId}")
    String saveActivity(
            @PathVariable String slug,
            @PathVariable long versionId,
            @PathVariable long themeId,
            @PathVariable long activityId,
            @ModelAttribute ActivityForm form,
            Model model,
            HttpServletResponse response) {
        var partnership = partnership(slug);
        var content = plans.content(partnership.id(), versionId);
        var theme = content.theme(themeId).orElseThrow(PlanNotFoundException::new);
        var activity = content.activitiesOf(themeId).stream()
                .filter(a -> a.id() == activityId)
                .findFirst()
                .orElseThrow(PlanNotFoundException::new);
        return change(
                model,
                response,
                partnership,
                () -> {
                    plans.updateActivity(partnership.id(), versionId, themeId, activityId, form);
                    return redirect(slug, versionId, "activity-saved") + "#theme-" + themeId;
                },
                errors -> activityPage(partnership, content, theme, activity, form, errors, model));
    }

    @PostMapping("/versions/{versionId}/themes/{themeId}/activities/{activityId}/remove")
    String removeActivity(
            @PathVariable String slug,
            @PathVariable long versionId,
            @PathVariable long themeId,
            @PathVariable long activityId,
            Model model,
            HttpServletResponse response) {
        var partnership = partnership(slug);
        return change(model, response, partnership, () -> {
            plans.removeActivity(partnership.id(), versionId, themeId, activityId);
            return redirect(slug, versionId, "activity-removed") + "#theme-" + themeId;
        });
    }

    private String activityPage(
            Partnership partnership,
            VersionContent content,
            Theme theme,
            Activity activity,
            ActivityForm form,
            FormErrors errors,
            Model model) {
        var href = PlanViews.versionHref(partnership.slug(), content.version().id()) + "/themes/" + theme.id();
        var action = activity == null ? href + "/activities/new" : href + "/activities/" + activity.id();
        model.addAttribute("workspace", workspace(partnership, model));
        model.addAttribute(
                "page",
                new FormPage(
                        activity == null ? "Add an activity" : "Edit activity",
                        theme.title(),
                        action,
                        PlanViews.versionHref(
                                        partnership.slug(), content.version().id()) + "#theme-" + theme.id(),
                        activity == null ? null : action + "/remove",
                        "Remove this activity"));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "statuses",
                java.util.Arrays.stream(ActivityStatus.values())
                        .map(s -> new Option(s.name(), s.label()))
                        .toList());
        model.addAttribute("organisations", organisationOptions(partnership, null));
        return "plan/activity";
    }

    @GetMapping("/versions/{versionId}/themes/{themeId}/measures/new")
    String newMeasure(
            @PathVariable String slug,
            @PathVariable long versionId,
            @PathVariable long themeId,
            Model model,
            HttpServletResponse response) {
        var partnership = partnership(slug);
        var content = plans.content(partnership.id(), versionId);
        var theme = content.theme(themeId).orElseThrow(PlanNotFoundException::new);
        return editablePage(
                content,
                model,
                response,
                partnership,
                () -> measurePage(partnership, content, theme, null, MeasureForm.blank(), FormErrors.NONE, model));
    }

    @PostMapping("/versions/{versionId}/themes/{themeId}/measures/new")
    String addMeasure(
            @PathVariable String slug,
            @PathVariable long versionId,
            @PathVariable long themeId,
            @ModelAttribute MeasureForm form,
            Model model,
            HttpServletResponse response) {
        var partnership = partnership(slug);
        var content = plans.content(partnership.id(), versionId);
        var theme = content.theme(themeId).orElseThrow(PlanNotFoundException::new);
        return change(
                model,
                response,
                partnership,
                () -> {
                    plans.addMeasure(partnership.id(), versionId, themeId, form);
                    return redirect(slug, versionId, "measure-added") + "#theme-" + themeId;
                },
                errors -> measurePage(partnership, content, theme, null, form, errors, model));
    }

    @GetMapping("/versions/{versionId}/themes/{themeId}/measures/{measureId}")
    String editMeasure(
            @PathVariable String slug,
            @PathVariable long versionId,
            @PathVariable long themeId,
            @PathVariable long measureId,
            Model model,
            HttpServletResponse response) {
        var partnership = partnership(slug);
        var content = plans.content(partnership.id(), versionId);
        var theme = content.theme(themeId).orElseThrow(PlanNotFoundException::new);
        var measure = content.measuresOf(themeId).stream()
                .filter(m -> m.id() == measureId)
                .findFirst()
                .orElseThrow(PlanNotFoundException::new);
        var form = new MeasureForm(
                measure.text(),
                measure.direction().name(),
                number(measure.baselineValue()),
                measure.baselineText(),
                number(measure.targetValue()),
                measure.howMeasured(),
                String.valueOf(content.measuresOf(themeId).indexOf(measure) + 1));
        return editablePage(
                content,
                model,
                response,
                partnership,
                () -> measurePage(partnership, content, theme, measure, form, FormErrors.NONE, model));
    }

    @PostMapping("/versions/{versionId}/themes/{themeId}/measures/{measureId}")
    String saveMeasure(
            @PathVariable String slug,
            @PathVariable long versionId,
            @PathVariable long themeId,
            @PathVariable long measureId,
            @ModelAttribute MeasureForm form,
            Model model,
            HttpServletResponse response) {
        var partnership = partnership(slug);
        var content = plans.content(partnership.id(), versionId);
        var theme = content.theme(themeId).orElseThrow(PlanNotFoundException::new);
        var measure = content.measuresOf(themeId).stream()
                .filter(m -> m.id() == measureId)
                .findFirst()
                .orElseThrow(PlanNotFoundException::new);
        return change(
                model,
                response,
                partnership,
                () -> {
                    plans.updateMeasure(partnership.id(), versionId, themeId, measureId, form);
                    return redirect(slug, versionId, "measure-saved") + "#theme-" + themeId;
                },
                errors -> measurePage(partnership, content, theme, measure, form, errors, model));
    }

    @PostMapping("/versions/{versionId}/themes/{themeId}/measures/{measureId}/remove")
    String removeMeasure(
            @PathVariable String slug,
            @PathVariable long versionId,
            @PathVariable long themeId,
            @PathVariable long measureId,
            Model model,
            HttpServletResponse response) {
        var partnership = partnership(slug);
        return change(model, response, partnership, () -> {
            plans.removeMeasure(partnership.id(), versionId, themeId, measureId);
            return redirect(slug, versionId, "measure-removed") + "#theme-" + themeId;
        });
    }

    private String measurePage(
            Partnership partnership,
            VersionContent content,
            Theme theme,
            Measure measure,
            MeasureForm form,
            FormErrors errors,
            Model model) {
        var href = PlanViews.versionHref(partnership.slug(), content.version().id()) + "/themes/" + theme.id();
        var action = measure == null ? href + "/measures/new" : href + "/measures/" + measure.id();
        model.addAttribute("workspace", workspace(partnership, model));
        model.addAttribute(
                "page",
                new FormPage(
                        measure == null ? "Add a measure" : "Edit measure",
                        theme.title(),
                        action,
                        PlanViews.versionHref(
                                        partnership.slug(), content.version().id()) + "#theme-" + theme.id(),
                        measure == null ? null : action + "/remove",
                        "Remove this measure"));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "directions",
                java.util.Arrays.stream(Direction.values())
                        .map(d -> new Option(d.name(), d.label()))
                        .toList());
        return "plan/measure";
    }

    @GetMapping("/versions/{versionId}/compare")
    String compare(
            @PathVariable String slug,
            @PathVariable long versionId,
            @RequestParam(name = "with", required = false) Long with,
            Model model) {
        var partnership = partnership(slug);
        var content = plans.content(partnership.id(), versionId);
        var siblings = plans.versions(content.plan().id());
        var others = siblings.stream()
                .filter(v -> v.id() != versionId)
                .map(v -> new Option(String.valueOf(v.id()), v.label()))
                .toList();
        model.addAttribute("workspace", workspace(partnership, model));
        var href = PlanViews.versionHref(slug, versionId);
        if (with == null) {
            model.addAttribute(
                    "compare",
                    new ComparePage(
                            versionId,
                            href,
                            content.plan().title(),
                            null,
                            content.version().label(),
                            false,
                            others,
                            "",
                            List.of(),
                            List.of(),
                            List.of(),
                            List.of()));
            return "plan/compare";
        }
        var from = plans.content(partnership.id(), with);
        if (from.plan().id() != content.plan().id()) {
            throw new PlanNotFoundException();
        }
        model.addAttribute(
                "compare",
                new ComparePage(
                        versionId,
                        href,
                        content.plan().title(),
                        from.version().label(),
                        content.version().label(),
                        true,
                        others,
                        String.valueOf(with),
                        PlanViews.sectionChanges(from, content, partnership.name()),
                        PlanViews.themeChanges(from, content),
                        PlanViews.activityChanges(from, content),
                        PlanViews.measureChanges(from, content)));
        return "plan/compare";
    }

    @GetMapping("/versions/{versionId}/work-plans")
    String workPlans(@PathVariable String slug, @PathVariable long versionId, Model model) {
        var partnership = partnership(slug);
        var content = plans.content(partnership.id(), versionId);
        var href = PlanViews.versionHref(slug, versionId);
        var rows = new ArrayList<WorkPlanRow>();
        plans.partnerNames(partnership.id())
                .forEach((id, name) ->
                        rows.add(new WorkPlanRow(name, href + "/work-plans/" + id, (int) content.activities().stream()
                                .filter(a -> a.owners().contains(id))
                                .count())));
        model.addAttribute("workspace", workspace(partnership, model));
        model.addAttribute("rows", rows);
        model.addAttribute("versionHref", href);
        model.addAttribute(
                "versionTitle",
                content.plan().title() + ": " + content.version().label());
        return "plan/workPlans";
    }

    @GetMapping("/versions/{versionId}/work-plans/{organisationId}")
    String workPlan(
            @PathVariable String slug, @PathVariable long versionId, @PathVariable long organisationId, Model model) {
        var partnership = partnership(slug);
        var content = plans.content(partnership.id(), versionId);
        var organisations = plans.partnerNames(partnership.id());
        var name = organisations.get(organisationId);
        if (name == null) {
            throw new PlanNotFoundException();
        }
        var themes = new ArrayList<WorkPlanTheme>();
        for (var theme : content.themes()) {
            var activities = content.activitiesOf(theme.id()).stream()
                    .filter(a -> a.owners().contains(organisationId))
                    .map(a -> PlanViews.activity(a, organisations, null))
                    .toList();
            if (!activities.isEmpty()) {
                themes.add(new WorkPlanTheme(theme.title(), theme.kind().label(), activities));
            }
        }
        var href = PlanViews.versionHref(slug, versionId);
        model.addAttribute("workspace", workspace(partnership, model));
        model.addAttribute("organisation", name);
        model.addAttribute("themes", themes);
        model.addAttribute("versionHref", href);
        model.addAttribute(
                "versionTitle",
                content.plan().title() + ": " + content.version().label());
        return "plan/workPlan";
    }

    /**
     * Runs a change: on success its redirect; on bad input the form again with status 400; when the plan's rules
     * refuse it, the refusal page with status 409.
     */
    private String change(
            Model model,
            HttpServletResponse response,
            Partnership partnership,
            Supplier<String> action,
            Function<FormErrors, String> formPage) {
        try {
            return action.get();
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return formPage.apply(FormErrors.of(e));
        } catch (PlanRuleException e) {
            return refused(e, model, response, partnership);
        }
    }

    /** A change made by a button with no fields (approve, publish, remove): only the plan's rules can refuse it. */
    private String change(Model model, HttpServletResponse response, Partnership partnership, Supplier<String> action) {
        return change(model, response, partnership, action, errors -> {
            throw new IllegalStateException("a change with no fields was refused as invalid input: " + errors.items());
        });
    }

    /** A form page, or the refusal when the version can no longer be changed. */
    private String editablePage(
            VersionContent content,
            Model model,
            HttpServletResponse response,
            Partnership partnership,
            Supplier<String> page) {
        try {
            content.version().requireEditable();
            return page.get();
        } catch (PlanRuleException e) {
            return refused(e, model, response, partnership);
        }
    }

    private String refused(PlanRuleException e, Model model, HttpServletResponse response, Partnership partnership) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("workspace", workspace(partnership, model));
        model.addAttribute("message", e.getMessage());
        return "plan/refused";
    }

    private List<Option> organisationOptions(Partnership partnership, String none) {
        var options = new ArrayList<Option>();
        if (none != null) {
            options.add(new Option("", none));
        }
        plans.partnerNames(partnership.id()).forEach((id, name) -> options.add(new Option(id.toString(), name)));
        return options;
    }

    private Partnership partnership(String slug) {
        return partnerships.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** What the page shell, filled from the security module's access rules, says the reader may do here. */
    private static PlanWorkspace workspace(Partnership partnership, Model model) {
        var shell = (Shell) model.getAttribute("shell");
        var yours = shell == null ? null : shell.workspace(partnership.slug()).orElse(null);
        return new PlanWorkspace(
                partnership.slug(),
                partnership.name(),
                yours != null && yours.mayChange("plan"),
                yours != null && yours.mayRead("audit"));
    }

    private static SectionKind sectionKind(String slug) {
        return SectionKind.ofSlug(slug).orElseThrow(PlanNotFoundException::new);
    }

    private static String caption(VersionContent content) {
        return content.plan().title() + ": " + content.version().label();
    }

    private static String redirect(String slug, long versionId, String done) {
        return "redirect:" + PlanViews.versionHref(slug, versionId) + "?done=" + done;
    }

    private static String text(java.time.LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static String number(java.math.BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
