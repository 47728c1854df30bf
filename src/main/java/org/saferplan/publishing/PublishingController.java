package org.saferplan.publishing;

import org.saferplan.governance.Partnership;
import org.saferplan.plan.PublishedPlans;
import org.saferplan.publishing.web.PublishingWorkspace;
import org.saferplan.web.Shell;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The workspace's Publishing page: what of the partnership is public, links to the public pages, and a preview of
 * any version as it would be published. Publishing itself is the plan's "publish" step (approve, then publish), not
 * repeated here. Who may read it is decided by the security module (section {@code publishing}).
 */
@Controller
class PublishingController {

    private final PublicSite site;
    private final PublishedPlans published;

    PublishingController(PublicSite site, PublishedPlans published) {
        this.site = site;
        this.published = published;
    }

    @GetMapping("/partnerships/{slug}/publishing")
    String publishing(@PathVariable String slug, Model model) {
        var partnership = site.partnership(slug);
        model.addAttribute("workspace", workspace(partnership, model));
        model.addAttribute("partnership", PublicSiteController.view(partnership));
        model.addAttribute("versions", site.versions(partnership));
        model.addAttribute("unpublished", published.unpublished(partnership.id()));
        return "publishing/workspace";
    }

    @GetMapping("/partnerships/{slug}/publishing/preview/{versionId}")
    String preview(@PathVariable String slug, @PathVariable long versionId, Model model) {
        var partnership = site.partnership(slug);
        var content = published.preview(partnership.id(), versionId).orElseThrow(PublicSite::notFound);
        boolean isPublished = site.versions(partnership).stream().anyMatch(v -> v.id() == versionId);
        var shell = (Shell) model.getAttribute("shell");
        model.addAttribute("workspace", workspace(partnership, model));
        model.addAttribute(
                "page",
                PublicSiteController.page(
                        partnership,
                        content,
                        false,
                        !isPublished,
                        StatisticsViews.of(site.crime(partnership), partnership.name(), shell.messages())));
        return "publishing/preview";
    }

    private static PublishingWorkspace workspace(Partnership partnership, Model model) {
        var shell = (Shell) model.getAttribute("shell");
        var yours = shell == null ? null : shell.workspace(partnership.slug()).orElse(null);
        return new PublishingWorkspace(
                partnership.slug(),
                partnership.name(),
                yours != null && yours.mayChange("plan"),
                yours != null && yours.mayRead("audit"));
    }
}
