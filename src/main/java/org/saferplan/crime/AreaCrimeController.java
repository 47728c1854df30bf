package org.saferplan.crime;

import jakarta.servlet.http.HttpServletResponse;
import org.saferplan.areas.AreaScope;
import org.saferplan.areas.AreaScopes;
import org.saferplan.crime.web.AreaAnalysisPage;
import org.saferplan.crime.web.AreaCrimePage;
import org.saferplan.governance.Partnerships;
import org.saferplan.web.FormErrors;
import org.saferplan.web.InvalidInputException;
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
    private final Partnerships partnerships;
    private final AreaCrimeReports reports;

    AreaCrimeController(AreaScopes scopes, Partnerships partnerships, AreaCrimeReports reports) {
        this.scopes = scopes;
        this.partnerships = partnerships;
        this.reports = reports;
    }

    @GetMapping("/crime/areas")
    String findArea(@RequestParam(required = false) String code) {
        if (code == null || code.isBlank()) {
            return "redirect:/crime/data";
        }
        return "redirect:/crime/areas/" + code.strip().toUpperCase().replaceAll("[^A-Z0-9]", "");
    }

    @GetMapping("/crime/areas/{code}")
    String area(
            @PathVariable String code,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String peers,
            @RequestParam(required = false) String covidFrom,
            @RequestParam(required = false) String covidTo,
            Model model,
            HttpServletResponse response) {
        var scope = scopes.of(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var title = "Crime in " + scope.name();
        return render(
                scope,
                title,
                null,
                false,
                "/crime/areas/" + scope.code(),
                new Query(from, to, peers, covidFrom, covidTo),
                model,
                response);
    }

    @GetMapping("/partnerships/{slug}/crime")
    String partnership(
            @PathVariable String slug,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String peers,
            @RequestParam(required = false) String covidFrom,
            @RequestParam(required = false) String covidTo,
            Model model,
            HttpServletResponse response) {
        var partnership =
                partnerships.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var scope = reports.partnershipScope(partnership);
        var shell = (Shell) model.getAttribute("shell");
        boolean showAudit = shell != null
                && shell.workspace(slug).map(w -> w.mayRead("audit")).orElse(false);
        return render(
                scope,
                "Crime in the partnership area",
                slug,
                showAudit,
                "/partnerships/" + slug + "/crime",
                new Query(from, to, peers, covidFrom, covidTo),
                model,
                response);
    }

    private String render(
            AreaScope scope,
            String title,
            String slug,
            boolean showAudit,
            String action,
            Query query,
            Model model,
            HttpServletResponse response) {
        var errors = FormErrors.NONE;
        AreaCrimePage page;
        AreaAnalysisPage analysed = null;
        String from = query.from();
        String to = query.to();
        String peersValue = query.peers();
        try {
            var report = reports.of(scope, from, to, query.peers(), query.covidFrom(), query.covidTo());
            if (report.isEmpty()) {
                page = AreaCrimePages.empty(scope, title, slug, showAudit, action);
            } else {
                var result = report.get().analysis();
                page = AreaCrimePages.of(report.get().crime(), title, slug, showAudit, action);
                analysed = CrimeAnalysis.page(result);
                if (peersValue == null || peersValue.isBlank()) {
                    peersValue = CrimeAnalysis.peersValue(result);
                }
            }
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            errors = FormErrors.of(e);
            page = AreaCrimePages.empty(scope, title, slug, showAudit, action);
        }
        model.addAttribute("page", page);
        model.addAttribute("errors", errors);
        model.addAttribute("fromValue", from == null ? page.from() : from);
        model.addAttribute("toValue", to == null ? page.to() : to);
        model.addAttribute("analysis", analysed);
        model.addAttribute("peersValue", peersValue == null ? "" : peersValue);
        model.addAttribute(
                "covidFromValue",
                query.covidFrom() == null ? CrimeTrends.covidPeriod(null, null)[0].toString() : query.covidFrom());
        model.addAttribute(
                "covidToValue",
                query.covidTo() == null ? CrimeTrends.covidPeriod(null, null)[1].toString() : query.covidTo());
        return "crime/area";
    }

    /** The page's query fields as typed. */
    private record Query(String from, String to, String peers, String covidFrom, String covidTo) {}
}
