package org.saferplan.publishing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.saferplan.governance.Governance;
import org.saferplan.governance.Partnership;
import org.saferplan.governance.Partnerships;
import org.saferplan.plan.PublishedPlans;
import org.saferplan.publishing.web.PlanPage;
import org.saferplan.publishing.web.PublicPartnership;
import org.saferplan.publishing.web.PublicText;
import org.saferplan.publishing.web.WorkPlanEntry;
import org.saferplan.surveys.YouSaidWeDid;
import org.saferplan.web.Shell;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public site: no sign-in, and no session (nothing here asks for the CSRF token). Only published plan versions
 * are ever read ({@link PublishedPlans}); addresses are stable: {@code /public/{slug}/plan} is always the current
 * version and {@code /public/{slug}/plan/{version}} one version for good.
 */
@Controller
class PublicSiteController {

    private final PublicSite site;
    private final Partnerships partnerships;
    private final Governance governance;
    private final YouSaidWeDid youSaidWeDid;

    PublicSiteController(PublicSite site, Partnerships partnerships, Governance governance, YouSaidWeDid youSaidWeDid) {
        this.site = site;
        this.partnerships = partnerships;
        this.governance = governance;
        this.youSaidWeDid = youSaidWeDid;
    }

    /**
     * "You said, we did": what residents told the partnership's surveys and the priorities and activities of the
     * published plan that answer it (links to draft versions never show: {@link YouSaidWeDid#published}).
     */
    @GetMapping("/public/{slug}/you-said-we-did")
    String youSaid(@PathVariable String slug, Model model) {
        var partnership = site.partnership(slug);
        model.addAttribute("partnership", view(partnership));
        model.addAttribute("answers", youSaidWeDid.published(partnership.id()).orElse(null));
        return "publishing/youSaid";
    }

    @GetMapping("/public")
    String index(Model model) {
        var published = partnerships.all().stream()
                .filter(p -> !site.versions(p).isEmpty())
                .map(PublicSiteController::view)
                .toList();
        model.addAttribute("partnerships", published);
        return "publishing/index";
    }

    @GetMapping("/public/{slug}")
    String about(@PathVariable String slug, Model model) {
        var partnership = site.partnership(slug);
        var partners = partnerships.partners(partnership.id());
        model.addAttribute("partnership", view(partnership));
        model.addAttribute(
                "boardMembers",
                partners.stream()
                        .filter(p -> p.membership().name().equals("BOARD_MEMBER"))
                        .map(p -> p.organisation().name())
                        .toList());
        model.addAttribute(
                "contributors",
                partners.stream()
                        .filter(p -> !p.membership().name().equals("BOARD_MEMBER"))
                        .map(p -> p.organisation().name())
                        .toList());
        model.addAttribute("groups", governance.groups(partnership.id()));
        model.addAttribute("versions", site.versions(partnership));
        return "publishing/about";
    }

    @GetMapping("/public/{slug}/plan")
    String currentPlan(@PathVariable String slug, Model model) {
        return plan(slug, null, model);
    }

    @GetMapping("/public/{slug}/plan/versions")
    String versions(@PathVariable String slug, Model model) {
        var partnership = site.partnership(slug);
        model.addAttribute("partnership", view(partnership));
        model.addAttribute("versions", site.versions(partnership));
        return "publishing/versions";
    }

    @GetMapping("/public/{slug}/plan/{version}")
    String plan(@PathVariable String slug, @PathVariable String version, Model model) {
        var partnership = site.partnership(slug);
        var shown = site.shown(partnership, version);
        var shell = (Shell) model.getAttribute("shell");
        model.addAttribute(
                "page",
                page(
                        partnership,
                        shown.content(),
                        shown.current(),
                        false,
                        StatisticsViews.of(site.crime(partnership), partnership.name(), shell.messages())));
        return "publishing/plan";
    }

    @GetMapping("/public/{slug}/plan/{version}/work-plans")
    String workPlans(@PathVariable String slug, @PathVariable String version, Model model) {
        var partnership = site.partnership(slug);
        var shown = site.shown(partnership, version);
        model.addAttribute("page", page(partnership, shown.content(), shown.current(), false, null));
        model.addAttribute("workPlans", workPlans(shown.content()));
        return "publishing/workPlans";
    }

    @GetMapping("/public/{slug}/statistics")
    String statistics(@PathVariable String slug, Model model) {
        var partnership = site.partnership(slug);
        var shell = (Shell) model.getAttribute("shell");
        model.addAttribute("partnership", view(partnership));
        model.addAttribute(
                "statistics", StatisticsViews.of(site.crime(partnership), partnership.name(), shell.messages()));
        return "publishing/statistics";
    }

    @GetMapping("/public/{slug}/open-data")
    String openData(@PathVariable String slug, Model model) {
        var partnership = site.partnership(slug);
        model.addAttribute("partnership", view(partnership));
        model.addAttribute("versions", site.versions(partnership));
        return "publishing/openData";
    }

    static PublicPartnership view(Partnership partnership) {
        return new PublicPartnership(partnership.slug(), partnership.name());
    }

    static PlanPage page(
            Partnership partnership,
            PublishedPlans.Content content,
            boolean current,
            boolean preview,
            org.saferplan.publishing.web.StatisticsView statistics) {
        var view = view(partnership);
        var versionHref = view.versionHref(content.version().slug());
        var sections = new LinkedHashMap<String, List<PublicText>>();
        for (var section : content.sections()) {
            sections.put(section.key(), PublicText.of(section.text(), links(section.key(), view, versionHref)));
        }
        return new PlanPage(view, content, sections, current, preview, view.planHref(), versionHref, statistics);
    }

    /** Where the printed plan's "here:" links point on the public site. */
    private static Function<String, String> links(String section, PublicPartnership partnership, String versionHref) {
        return words -> switch (section) {
            case "introduction" ->
                words.toLowerCase(Locale.ROOT).contains("work plan") ? versionHref + "/work-plans" : partnership.href();
            case "crime-overview" -> partnership.statisticsHref();
            default -> null;
        };
    }

    /** Each partner's activities, partners in name order, each theme's activities in the plan's order. */
    static Map<String, List<WorkPlanEntry>> workPlans(PublishedPlans.Content content) {
        var plans = new java.util.TreeMap<String, List<WorkPlanEntry>>(String.CASE_INSENSITIVE_ORDER);
        for (var theme : content.themes()) {
            for (var activity : theme.activities()) {
                for (var owner : activity.owners()) {
                    plans.computeIfAbsent(owner, o -> new java.util.ArrayList<>())
                            .add(new WorkPlanEntry(theme.title(), activity.text(), activity.ownersIllustrative()));
                }
            }
        }
        return plans;
    }
}
