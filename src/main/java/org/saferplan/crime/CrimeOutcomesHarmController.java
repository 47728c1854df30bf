package org.saferplan.crime;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.saferplan.areas.AreaScope;
import org.saferplan.areas.AreaScopes;
import org.saferplan.crime.web.CrimeSubPage;
import org.saferplan.governance.Partnerships;
import org.saferplan.web.FormErrors;
import org.saferplan.web.InvalidInputException;
import org.saferplan.web.Shell;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The outcomes and harm pages of an area, with their CSV downloads: for any ONS area under
 * {@code /crime/areas/{code}/…} and for a partnership's whole area under {@code /partnerships/{slug}/crime/…}.
 */
@Controller
class CrimeOutcomesHarmController {

    private final AreaScopes scopes;
    private final Partnerships partnerships;
    private final AreaCrimeStatistics statistics;
    private final CrimeOutcomes outcomes;
    private final CrimeHarm harm;
    private final JdbcClient jdbc;

    CrimeOutcomesHarmController(
            AreaScopes scopes,
            Partnerships partnerships,
            AreaCrimeStatistics statistics,
            CrimeOutcomes outcomes,
            CrimeHarm harm,
            JdbcClient jdbc) {
        this.scopes = scopes;
        this.partnerships = partnerships;
        this.statistics = statistics;
        this.outcomes = outcomes;
        this.harm = harm;
        this.jdbc = jdbc;
    }

    @GetMapping("/crime/areas/{code}/outcomes")
    String areaOutcomes(
            @PathVariable String code,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String type,
            Model model,
            HttpServletResponse response) {
        return outcomesPage(Where.area(scopes, code), from, to, type, model, response);
    }

    @GetMapping("/partnerships/{slug}/crime/outcomes")
    String partnershipOutcomes(
            @PathVariable String slug,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String type,
            Model model,
            HttpServletResponse response) {
        return outcomesPage(Where.partnership(scopes, partnerships, slug, model), from, to, type, model, response);
    }

    @GetMapping("/crime/areas/{code}/harm")
    String areaHarm(
            @PathVariable String code,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            Model model,
            HttpServletResponse response) {
        return harmPage(Where.area(scopes, code), from, to, model, response);
    }

    @GetMapping("/partnerships/{slug}/crime/harm")
    String partnershipHarm(
            @PathVariable String slug,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            Model model,
            HttpServletResponse response) {
        return harmPage(Where.partnership(scopes, partnerships, slug, model), from, to, model, response);
    }

    @GetMapping("/crime/areas/{code}/outcomes.csv")
    ResponseEntity<String> areaOutcomesCsv(
            @PathVariable String code,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        return csv(Where.area(scopes, code), from, to, "outcomes");
    }

    @GetMapping("/partnerships/{slug}/crime/outcomes.csv")
    ResponseEntity<String> partnershipOutcomesCsv(
            @PathVariable String slug,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        return csv(Where.partnership(scopes, partnerships, slug, null), from, to, "outcomes");
    }

    @GetMapping("/crime/areas/{code}/harm.csv")
    ResponseEntity<String> areaHarmCsv(
            @PathVariable String code,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        return csv(Where.area(scopes, code), from, to, "harm");
    }

    @GetMapping("/partnerships/{slug}/crime/harm.csv")
    ResponseEntity<String> partnershipHarmCsv(
            @PathVariable String slug,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        return csv(Where.partnership(scopes, partnerships, slug, null), from, to, "harm");
    }

    private String outcomesPage(
            Where where, String from, String to, String type, Model model, HttpServletResponse response) {
        var types = crimeTypes(jdbc);
        var errors = FormErrors.NONE;
        var typeValue = type == null ? CrimeOutcomesPages.DEFAULT_TYPE : type;
        org.saferplan.crime.web.CrimeOutcomesPage page;
        try {
            var chosen = CrimeOutcomesPages.type(type, types);
            var period = CrimePeriod.resolve(from, to, where.scope(), statistics);
            if (period.isEmpty()) {
                page = CrimeOutcomesPages.empty(where.frame("outcomes", "Crime outcomes", null), typeValue, types);
            } else {
                var o = outcomes.of(where.scope(), period.get()[0], period.get()[1]);
                page = CrimeOutcomesPages.of(where.frame("outcomes", "Crime outcomes", period.get()), o, chosen);
            }
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            errors = FormErrors.of(e);
            page = CrimeOutcomesPages.empty(where.frame("outcomes", "Crime outcomes", null), typeValue, types);
        }
        model.addAttribute("page", page);
        model.addAttribute("errors", errors);
        model.addAttribute("fromValue", from == null ? page.frame().from() : from);
        model.addAttribute("toValue", to == null ? page.frame().to() : to);
        return "crime/outcomes";
    }

    private String harmPage(Where where, String from, String to, Model model, HttpServletResponse response) {
        var errors = FormErrors.NONE;
        org.saferplan.crime.web.CrimeHarmPage page;
        try {
            var period = CrimePeriod.resolve(from, to, where.scope(), statistics);
            if (period.isEmpty()) {
                page = CrimeHarmPages.empty(where.frame("harm", "Crime harm", null));
            } else {
                var h = harm.of(where.scope(), period.get()[0], period.get()[1]);
                page = CrimeHarmPages.of(where.frame("harm", "Crime harm", period.get()), h, crimeTypes(jdbc));
            }
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            errors = FormErrors.of(e);
            page = CrimeHarmPages.empty(where.frame("harm", "Crime harm", null));
        }
        model.addAttribute("page", page);
        model.addAttribute("errors", errors);
        model.addAttribute("fromValue", from == null ? page.frame().from() : from);
        model.addAttribute("toValue", to == null ? page.frame().to() : to);
        return "crime/harm";
    }

    private ResponseEntity<String> csv(Where where, String from, String to, String what) {
        Optional<YearMonth[]> period;
        try {
            period = CrimePeriod.resolve(from, to, where.scope(), statistics);
        } catch (InvalidInputException e) {
            return ResponseEntity.badRequest()
                    .contentType(MediaType.TEXT_PLAIN)
                    .body(e.problems().get(0).message() + "\n");
        }
        if (period.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .contentType(MediaType.TEXT_PLAIN)
                    .body("No police.uk street data is stored for "
                            + where.scope().name() + "\n");
        }
        var start = period.get()[0];
        var end = period.get()[1];
        var body = what.equals("harm")
                ? CrimeHarmPages.csv(harm.of(where.scope(), start, end), crimeTypes(jdbc))
                : CrimeOutcomesPages.csv(outcomes.of(where.scope(), start, end));
        var name = "crime-" + what + "-" + where.scope().code() + "-" + start + "-to-" + end + ".csv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .body(body);
    }

    /** The police.uk crime types apart from anti-social behaviour, by name. */
    static List<String> crimeTypes(JdbcClient jdbc) {
        return jdbc.sql("SELECT name FROM crime_type WHERE name <> :asb ORDER BY name")
                .param("asb", AreaCrimeStatistics.ASB)
                .query(String.class)
                .list();
    }

    /**
     * The area a request is about and the paths of its pages.
     *
     * @param base the area's statistics page, e.g. /crime/areas/E06000059 or /partnerships/dorset/crime
     * @param apiBase the matching API path
     */
    record Where(AreaScope scope, String slug, boolean showAudit, String base, String apiBase) {

        static Where area(AreaScopes scopes, String code) {
            var scope = scopes.of(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
            return new Where(
                    scope, null, false, "/crime/areas/" + scope.code(), "/api/v1/areas/" + scope.code() + "/crime");
        }

        static Where partnership(AreaScopes scopes, Partnerships partnerships, String slug, Model model) {
            var partnership =
                    partnerships.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
            var scope = scopes.ofPartnership(
                    partnership.slug(),
                    partnership.name(),
                    partnership.area().stream().map(Object::toString).toList());
            var shell = model == null ? null : (Shell) model.getAttribute("shell");
            boolean showAudit = shell != null
                    && shell.workspace(slug).map(w -> w.mayRead("audit")).orElse(false);
            return new Where(
                    scope,
                    slug,
                    showAudit,
                    "/partnerships/" + slug + "/crime",
                    "/api/v1/partnerships/" + slug + "/crime");
        }

        CrimeSubPage frame(String what, String heading, YearMonth[] period) {
            var title = heading + (slug == null ? " in " + scope.name() : " in the partnership area");
            var query = period == null ? "" : "?from=" + period[0] + "&to=" + period[1];
            return new CrimeSubPage(
                    title,
                    AreaCrimePages.caption(scope, slug),
                    slug,
                    showAudit,
                    base + "/" + what,
                    period == null ? "" : period[0].toString(),
                    period == null ? "" : period[1].toString(),
                    period != null,
                    "No police.uk street data is stored for " + scope.name() + " yet.",
                    scope.notes(),
                    base + "/" + what + ".csv" + query,
                    apiBase + "/" + what + query,
                    base + query,
                    base + "/outcomes" + query,
                    base + "/harm" + query);
        }
    }
}
