package org.saferplan.performance;

import jakarta.servlet.http.HttpServletResponse;
import org.saferplan.governance.Partnership;
import org.saferplan.performance.web.ActivityPage;
import org.saferplan.performance.web.Badge;
import org.saferplan.performance.web.UpdateForm;
import org.saferplan.security.CurrentUser;
import org.saferplan.web.FormErrors;
import org.saferplan.web.Option;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Activities and their progress updates. Every member may read and the security module lets every member post
 * here; {@link ActionUpdates} refuses (403) a partner officer posting on an activity their organisation does not
 * own, and the page offers the form only to those allowed.
 */
@Controller
@RequestMapping("/partnerships/{slug}/activities")
class ActivityController {

    private final PerformancePages pages;
    private final ActionUpdates updates;
    private final CurrentUser currentUser;

    ActivityController(PerformancePages pages, ActionUpdates updates, CurrentUser currentUser) {
        this.pages = pages;
        this.updates = updates;
        this.currentUser = currentUser;
    }

    /** My organisation's activities in the current plan version, with their latest status. */
    @GetMapping
    String mine(@PathVariable String slug, Model model) {
        var partnership = pages.partnership(slug);
        var membership = currentUser.membership(partnership.id());
        var organisation = membership.map(m -> m.organisationId()).orElse(null);
        var progress = updates.progress(partnership.id()).stream()
                .filter(p -> organisation != null && p.activity().owners().contains(organisation))
                .toList();
        model.addAttribute("workspace", PerformancePages.workspace(partnership, model));
        model.addAttribute(
                "organisation", membership.map(m -> m.organisationName()).orElse(null));
        model.addAttribute("activities", pages.activityRows(partnership, progress));
        return "performance/activities";
    }

    @GetMapping("/{activityId}")
    String activity(
            @PathVariable String slug,
            @PathVariable long activityId,
            @RequestParam(required = false) String done,
            Model model) {
        var partnership = pages.partnership(slug);
        model.addAttribute("notice", "posted".equals(done) ? "Update posted" : null);
        return page(
                partnership,
                activityId,
                new UpdateForm("", "", ActionUpdates.today().toString()),
                FormErrors.NONE,
                model);
    }

    @PostMapping("/{activityId}/updates")
    String post(
            @PathVariable String slug,
            @PathVariable long activityId,
            @ModelAttribute UpdateForm form,
            Model model,
            HttpServletResponse response) {
        var partnership = pages.partnership(slug);
        return PerformanceController.change(
                response,
                () -> {
                    updates.post(partnership.id(), activityId, form);
                    return "redirect:" + PerformancePages.activityHref(slug, activityId) + "?done=posted";
                },
                errors -> {
                    model.addAttribute("notice", null);
                    return page(partnership, activityId, form, errors, model);
                });
    }

    private String page(Partnership partnership, long activityId, UpdateForm form, FormErrors errors, Model model) {
        var activity = updates.activity(partnership.id(), activityId);
        var names = pages.partnerNames(partnership.id());
        var history = updates.history(partnership.id(), activity).stream()
                .map(u -> new ActivityPage.UpdateRow(
                        new Badge(u.status().label(), u.status().tagClass()),
                        u.on().toString(),
                        u.commentary(),
                        u.author(),
                        u.illustrative()))
                .toList();
        model.addAttribute("workspace", PerformancePages.workspace(partnership, model));
        model.addAttribute(
                "activity",
                new ActivityPage(
                        activity.text(),
                        PerformancePages.activityHref(partnership.slug(), activityId),
                        activity.theme(),
                        activity.version(),
                        pages.owners(activity.owners(), names),
                        activity.dueOn() == null ? null : activity.dueOn().toString(),
                        updates.mayPost(partnership.id(), activity),
                        history));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "statuses",
                java.util.Arrays.stream(RagStatus.values())
                        .map(s -> new Option(s.name(), s.label()))
                        .toList());
        return "performance/activity";
    }
}
