package org.saferplan.performance;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.saferplan.audit.AuditTrail;
import org.saferplan.governance.Partnership;
import org.saferplan.performance.web.EvidenceForm;
import org.saferplan.performance.web.FeedView;
import org.saferplan.performance.web.IndicatorForm;
import org.saferplan.performance.web.RebaseForm;
import org.saferplan.performance.web.UploadForm;
import org.saferplan.performance.web.ValueForm;
import org.saferplan.statistics.ImprovementDirection;
import org.saferplan.web.FormErrors;
import org.saferplan.web.InvalidInputException;
import org.saferplan.web.Option;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The performance pages of a partnership's workspace. Members read; coordinators and analysts change (the security
 * module's rules for {@code /partnerships/{slug}/performance/**} decide before these methods run). Every id in a
 * path is looked up within the partnership of the path, so another partnership's id is not found (404).
 */
@Controller
@RequestMapping("/partnerships/{slug}/performance")
class PerformanceController {

    static final int MAX_UPLOAD_BYTES = 512 * 1024;

    private static final Map<String, String> NOTICES = Map.ofEntries(
            Map.entry("indicator-created", "Indicator created"),
            Map.entry("value-saved", "Value saved"),
            Map.entry("values-uploaded", "Values uploaded"),
            Map.entry("value-removed", "Value removed"),
            Map.entry("rebased", "New baseline added"),
            Map.entry("rebase-removed", "Baseline removed"),
            Map.entry("linked", "Indicator linked"),
            Map.entry("unlinked", "Indicator unlinked"),
            Map.entry("evidence-added", "Evidence note added"),
            Map.entry("feed-connected", "Connected: the values were taken from the source"),
            Map.entry("feed-refreshed", "The latest values were taken from the source"),
            Map.entry("feed-disconnected", "The values are no longer taken from the source"));

    private final PerformancePages pages;
    private final Indicators indicators;
    private final ActionUpdates updates;
    private final IndicatorFeeds feeds;

    PerformanceController(PerformancePages pages, Indicators indicators, ActionUpdates updates, IndicatorFeeds feeds) {
        this.pages = pages;
        this.indicators = indicators;
        this.updates = updates;
        this.feeds = feeds;
    }

    @GetMapping
    String overview(@PathVariable String slug, Model model) {
        var partnership = pages.partnership(slug);
        var workspace = PerformancePages.workspace(partnership, model);
        model.addAttribute("workspace", workspace);
        model.addAttribute("indicators", pages.indicatorRows(partnership));
        model.addAttribute("measures", pages.measureRows(partnership, false));
        model.addAttribute("overdue", pages.activityRows(partnership, updates.overdue(partnership.id())));
        model.addAttribute("overdueAfterDays", updates.overdueAfterDays());
        return "performance/overview";
    }

    @GetMapping("/overdue")
    String overdue(@PathVariable String slug, Model model) {
        var partnership = pages.partnership(slug);
        model.addAttribute("workspace", PerformancePages.workspace(partnership, model));
        model.addAttribute("overdue", pages.activityRows(partnership, updates.overdue(partnership.id())));
        model.addAttribute("overdueAfterDays", updates.overdueAfterDays());
        return "performance/overdue";
    }

    @GetMapping("/indicators/new")
    String newIndicator(@PathVariable String slug, Model model) {
        return indicatorForm(pages.partnership(slug), IndicatorForm.blank(), FormErrors.NONE, model);
    }

    @PostMapping("/indicators/new")
    String createIndicator(
            @PathVariable String slug, @ModelAttribute IndicatorForm form, Model model, HttpServletResponse response) {
        var partnership = pages.partnership(slug);
        return change(
                response,
                () -> {
                    var created = indicators.create(partnership.id(), form, false);
                    return "redirect:" + PerformanceViews.href(slug, created.id()) + "?done=indicator-created";
                },
                errors -> indicatorForm(partnership, form, errors, model));
    }

    private String indicatorForm(Partnership partnership, IndicatorForm form, FormErrors errors, Model model) {
        model.addAttribute("workspace", PerformancePages.workspace(partnership, model));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("units", options(Unit.values(), Unit::label));
        model.addAttribute("sources", options(Source.values(), Source::label));
        model.addAttribute("frequencies", options(Frequency.values(), Frequency::label));
        model.addAttribute(
                "improvements",
                List.of(
                        new Option("DECREASE", "Lower is better"),
                        new Option("INCREASE", "Higher is better"),
                        new Option(ImprovementDirection.NEUTRAL.name(), "Neither higher nor lower is better")));
        return "performance/indicatorNew";
    }

    private static <E extends Enum<E>> List<Option> options(E[] values, Function<E, String> label) {
        return java.util.Arrays.stream(values)
                .map(v -> new Option(v.name(), label.apply(v)))
                .toList();
    }

    @GetMapping("/indicators/{id}")
    String indicator(
            @PathVariable String slug,
            @PathVariable long id,
            @RequestParam(required = false) String done,
            Model model) {
        var partnership = pages.partnership(slug);
        var indicator = indicators.indicator(partnership.id(), id);
        model.addAttribute("notice", done == null ? null : NOTICES.get(done));
        return indicatorPage(
                partnership,
                indicator,
                FormErrors.NONE,
                ValueForm.blank(),
                new UploadForm(""),
                new RebaseForm("", ""),
                model);
    }

    private String indicatorPage(
            Partnership partnership,
            Indicator indicator,
            FormErrors errors,
            ValueForm value,
            UploadForm upload,
            RebaseForm rebase,
            Model model) {
        model.addAttribute("workspace", PerformancePages.workspace(partnership, model));
        model.addAttribute("indicator", pages.indicatorPage(partnership, indicator));
        model.addAttribute("errors", errors);
        model.addAttribute("valueForm", value);
        model.addAttribute("uploadForm", upload);
        model.addAttribute("rebaseForm", rebase);
        model.addAttribute("feed", feedView(partnership, indicator, model));
        if (!model.containsAttribute("notice")) {
            model.addAttribute("notice", null);
        }
        return "performance/indicator";
    }

    private FeedView feedView(Partnership partnership, Indicator indicator, Model model) {
        boolean mayChange = PerformancePages.workspace(partnership, model).mayChange();
        var href = PerformanceViews.href(partnership.slug(), indicator.id()) + "/feed";
        var link = feeds.link(indicator.id());
        if (link.isPresent()) {
            var refreshed = link.get().refreshedAt() == null
                    ? "never"
                    : PerformanceViews.when(link.get().refreshedAt()) + " by "
                            + link.get().refreshedBy();
            return new FeedView(
                    link.get().label(),
                    link.get().sourceNote(),
                    refreshed,
                    List.of(),
                    null,
                    mayChange ? href + "/refresh" : null,
                    mayChange ? href + "/remove" : null);
        }
        var choices = new java.util.ArrayList<Option>();
        choices.add(new Option("", "Choose a source"));
        feeds.choices(partnership, indicator).forEach(c -> choices.add(new Option(c.key(), c.label())));
        return new FeedView(
                null, null, null, choices.size() == 1 ? List.of() : choices, mayChange ? href : null, null, null);
    }

    @PostMapping("/indicators/{id}/feed")
    String connectFeed(
            @PathVariable String slug,
            @PathVariable long id,
            @RequestParam(required = false) String feed,
            Model model,
            HttpServletResponse response) {
        var partnership = pages.partnership(slug);
        var indicator = indicators.indicator(partnership.id(), id);
        return change(
                response,
                () -> {
                    feeds.connect(partnership, id, feed == null ? "" : feed);
                    return "redirect:" + PerformanceViews.href(slug, id) + "?done=feed-connected#source";
                },
                errors -> indicatorPage(
                        partnership,
                        indicator,
                        errors,
                        ValueForm.blank(),
                        new UploadForm(""),
                        new RebaseForm("", ""),
                        model));
    }

    @PostMapping("/indicators/{id}/feed/refresh")
    String refreshFeed(@PathVariable String slug, @PathVariable long id, Model model, HttpServletResponse response) {
        var partnership = pages.partnership(slug);
        var indicator = indicators.indicator(partnership.id(), id);
        return change(
                response,
                () -> {
                    feeds.refresh(partnership, id);
                    return "redirect:" + PerformanceViews.href(slug, id) + "?done=feed-refreshed#source";
                },
                errors -> indicatorPage(
                        partnership,
                        indicator,
                        errors,
                        ValueForm.blank(),
                        new UploadForm(""),
                        new RebaseForm("", ""),
                        model));
    }

    @PostMapping("/indicators/{id}/feed/remove")
    String disconnectFeed(@PathVariable String slug, @PathVariable long id) {
        var partnership = pages.partnership(slug);
        feeds.disconnect(partnership, id);
        return "redirect:" + PerformanceViews.href(slug, id) + "?done=feed-disconnected#source";
    }

    @PostMapping("/indicators/{id}/values")
    String addValue(
            @PathVariable String slug,
            @PathVariable long id,
            @ModelAttribute ValueForm form,
            Model model,
            HttpServletResponse response) {
        var partnership = pages.partnership(slug);
        var indicator = indicators.indicator(partnership.id(), id);
        return change(
                response,
                () -> {
                    indicators.addValue(partnership.id(), id, form);
                    return "redirect:" + PerformanceViews.href(slug, id) + "?done=value-saved";
                },
                errors -> indicatorPage(
                        partnership, indicator, errors, form, new UploadForm(""), new RebaseForm("", ""), model));
    }

    @PostMapping("/indicators/{id}/upload")
    String upload(
            @PathVariable String slug,
            @PathVariable long id,
            @RequestParam(required = false) String csv,
            @RequestParam(required = false) MultipartFile file,
            Model model,
            HttpServletResponse response)
            throws IOException {
        var partnership = pages.partnership(slug);
        var indicator = indicators.indicator(partnership.id(), id);
        var text = csv == null ? "" : csv;
        if (file != null && !file.isEmpty()) {
            if (file.getSize() > MAX_UPLOAD_BYTES) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                return indicatorPage(
                        partnership,
                        indicator,
                        new FormErrors(List.of(new FormErrors.Item("file", "The file must be smaller than 512 KB"))),
                        ValueForm.blank(),
                        new UploadForm(text),
                        new RebaseForm("", ""),
                        model);
            }
            text = new String(file.getBytes(), StandardCharsets.UTF_8);
        }
        var sent = text;
        return change(
                response,
                () -> {
                    indicators.upload(partnership.id(), id, sent);
                    return "redirect:" + PerformanceViews.href(slug, id) + "?done=values-uploaded";
                },
                errors -> indicatorPage(
                        partnership,
                        indicator,
                        errors,
                        ValueForm.blank(),
                        new UploadForm(file != null && !file.isEmpty() ? "" : sent),
                        new RebaseForm("", ""),
                        model));
    }

    @PostMapping("/indicators/{id}/values/{period}/remove")
    String removeValue(@PathVariable String slug, @PathVariable long id, @PathVariable String period) {
        var partnership = pages.partnership(slug);
        indicators.removeValue(partnership.id(), id, period);
        return "redirect:" + PerformanceViews.href(slug, id) + "?done=value-removed";
    }

    @PostMapping("/indicators/{id}/rebases")
    String rebase(
            @PathVariable String slug,
            @PathVariable long id,
            @ModelAttribute RebaseForm form,
            Model model,
            HttpServletResponse response) {
        var partnership = pages.partnership(slug);
        var indicator = indicators.indicator(partnership.id(), id);
        return change(
                response,
                () -> {
                    indicators.rebase(partnership.id(), id, form, AuditTrail.currentActor());
                    return "redirect:" + PerformanceViews.href(slug, id) + "?done=rebased";
                },
                errors -> indicatorPage(
                        partnership, indicator, errors, ValueForm.blank(), new UploadForm(""), form, model));
    }

    @PostMapping("/indicators/{id}/rebases/{period}/remove")
    String removeRebase(@PathVariable String slug, @PathVariable long id, @PathVariable String period) {
        var partnership = pages.partnership(slug);
        indicators.removeRebase(partnership.id(), id, period);
        return "redirect:" + PerformanceViews.href(slug, id) + "?done=rebase-removed";
    }

    @GetMapping("/measures/{measureId}")
    String measure(
            @PathVariable String slug,
            @PathVariable long measureId,
            @RequestParam(required = false) String done,
            Model model) {
        var partnership = pages.partnership(slug);
        model.addAttribute("notice", done == null ? null : NOTICES.get(done));
        return measurePage(
                partnership,
                measureId,
                FormErrors.NONE,
                new EvidenceForm("", ActionUpdates.today().toString()),
                model);
    }

    private String measurePage(
            Partnership partnership, long measureId, FormErrors errors, EvidenceForm evidence, Model model) {
        var workspace = PerformancePages.workspace(partnership, model);
        model.addAttribute("workspace", workspace);
        model.addAttribute("measure", pages.measurePage(partnership, measureId, workspace.mayChange()));
        model.addAttribute("errors", errors);
        model.addAttribute("evidenceForm", evidence);
        if (!model.containsAttribute("notice")) {
            model.addAttribute("notice", null);
        }
        return "performance/measure";
    }

    @PostMapping("/measures/{measureId}/indicators")
    String link(
            @PathVariable String slug,
            @PathVariable long measureId,
            @RequestParam(required = false) String indicatorId,
            Model model,
            HttpServletResponse response) {
        var partnership = pages.partnership(slug);
        indicators.measure(partnership.id(), measureId);
        return change(
                response,
                () -> {
                    indicators.link(partnership.id(), measureId, indicatorId);
                    return "redirect:" + PerformancePages.measureHref(slug, measureId) + "?done=linked";
                },
                errors -> measurePage(
                        partnership,
                        measureId,
                        errors,
                        new EvidenceForm("", ActionUpdates.today().toString()),
                        model));
    }

    @PostMapping("/measures/{measureId}/indicators/{indicatorId}/remove")
    String unlink(@PathVariable String slug, @PathVariable long measureId, @PathVariable long indicatorId) {
        var partnership = pages.partnership(slug);
        indicators.unlink(partnership.id(), measureId, indicatorId);
        return "redirect:" + PerformancePages.measureHref(slug, measureId) + "?done=unlinked";
    }

    @PostMapping("/measures/{measureId}/evidence")
    String addEvidence(
            @PathVariable String slug,
            @PathVariable long measureId,
            @ModelAttribute EvidenceForm form,
            Model model,
            HttpServletResponse response) {
        var partnership = pages.partnership(slug);
        indicators.measure(partnership.id(), measureId);
        return change(
                response,
                () -> {
                    indicators.addEvidence(
                            partnership.id(), measureId, form, AuditTrail.currentActor(), ActionUpdates.today());
                    return "redirect:" + PerformancePages.measureHref(slug, measureId) + "?done=evidence-added";
                },
                errors -> measurePage(partnership, measureId, errors, form, model));
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
