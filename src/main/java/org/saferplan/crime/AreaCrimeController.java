package org.saferplan.crime;

import jakarta.servlet.http.HttpServletResponse;
import org.saferplan.areas.AreaScope;
import org.saferplan.areas.AreaScopes;
import org.saferplan.governance.Partnerships;
import org.saferplan.web.FormErrors;
import org.saferplan.web.InvalidInputException;
import org.saferplan.crime.web.AreaCrimePage;
import org.saferplan.web.Shell;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Crime statistics pages: for any ONS area, and for a partnership's whole area inside its workspace. */
@Controller
class AreaCrimeController {

    private final AreaScopes scopes;
    private final AreaCrimeStatistics statistics;
    private final Partnerships partnerships;

    AreaCrimeController(AreaScopes scopes, AreaCrimeStatistics statistics, Partnerships partnerships) {
        this.scopes = scopes;
        this.statistics = statistics;
        this.partnerships = partnerships;
    }

    @GetMapping("/crime/areas")
    String findArea(@RequestParam(required = false) String code) {
        if (code == null || code.isBlank()) {
            return "redirect:/crime/data";
        }
        return "redirect:/crime/areas/" + code.strip().toUpperCase().replaceAll("[^A-Z0-9]", "");
    }

    @GetMapping("/crime/areas/{code}")
    String area(@PathVariable String code, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Model model, HttpServletResponse response) {
        var scope = scopes.of(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var title = "Crime in " + scope.name();
        return render(scope, title, null, false, "/crime/areas/" + scope.code(), from, to, model, response);
    }

    @GetMapping("/partnerships/{slug}/crime")
    String partnership(@PathVariable String slug, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Model model, HttpServletResponse response) {
        var partnership = partnerships.findBySlug(slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var scope = scopes.ofPartnership(partnership.slug(), partnership.name(),
                partnership.area().stream().map(Object::toString).toList());
        var shell = (Shell) model.getAttribute("shell");
        boolean showAudit = shell != null && shell.workspace(slug).map(w -> w.mayRead("audit")).orElse(false);
        return render(scope, "Crime in the partnership area", slug, showAudit, "/partnerships/" + slug + "/crime",
                from, to, model, response);
    }

    private String render(AreaScope scope, String title, String slug, boolean showAudit, String action, String from,
            String to, Model model, HttpServletResponse response) {
        var errors = FormErrors.NONE;
        AreaCrimePage page;
        try {
            var period = CrimePeriod.resolve(from, to, scope, statistics);
            page = period.isEmpty()
                    ? AreaCrimePages.empty(scope, title, slug, showAudit, action)
                    : AreaCrimePages.of(statistics.of(scope, period.get()[0], period.get()[1]), title, slug,
                            showAudit, action);
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            errors = new FormErrors(e.problems().stream()
                    .map(problem -> new FormErrors.Item(problem.field(), problem.message()))
                    .toList());
            page = AreaCrimePages.empty(scope, title, slug, showAudit, action);
        }
        model.addAttribute("page", page);
        model.addAttribute("errors", errors);
        model.addAttribute("fromValue", from == null ? page.from() : from);
        model.addAttribute("toValue", to == null ? page.to() : to);
        return "crime/area";
    }

}
