package org.saferplan.crime;

import java.util.LinkedHashMap;
import java.util.Map;
import org.saferplan.areas.AreaScope;
import org.saferplan.areas.AreaScopes;
import org.saferplan.governance.Partnerships;
import org.saferplan.web.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/v1/areas/{gssCode}/crime?from=YYYY-MM&to=YYYY-MM}: a contract partners' tools rely on (names as
 * in the issue; more fields may be added, none renamed). Also the same figures for a partnership's whole area.
 */
@RestController
class AreaCrimeApiController {

    private final AreaScopes scopes;
    private final Partnerships partnerships;
    private final AreaCrimeReports reports;

    AreaCrimeApiController(AreaScopes scopes, Partnerships partnerships, AreaCrimeReports reports) {
        this.scopes = scopes;
        this.partnerships = partnerships;
        this.reports = reports;
    }

    @GetMapping("/api/v1/areas/{gssCode}/crime")
    ResponseEntity<Map<String, Object>> area(
            @PathVariable String gssCode,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String peers,
            @RequestParam(required = false) String covidFrom,
            @RequestParam(required = false) String covidTo) {
        var scope = scopes.of(gssCode).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return answer(scope, from, to, peers, covidFrom, covidTo);
    }

    @GetMapping("/api/v1/partnerships/{slug}/crime")
    ResponseEntity<Map<String, Object>> partnership(
            @PathVariable String slug,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String peers,
            @RequestParam(required = false) String covidFrom,
            @RequestParam(required = false) String covidTo) {
        var partnership =
                partnerships.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return answer(reports.partnershipScope(partnership), from, to, peers, covidFrom, covidTo);
    }

    private ResponseEntity<Map<String, Object>> answer(
            AreaScope scope, String from, String to, String peers, String covidFrom, String covidTo) {
        try {
            var report = reports.of(scope, from, to, peers, covidFrom, covidTo);
            if (report.isEmpty()) {
                return problem(HttpStatus.NOT_FOUND, null, "No police.uk street data is stored for " + scope.name());
            }
            var body = body(report.get().crime());
            CrimeAnalysis.addTo(body, report.get().analysis());
            return ResponseEntity.ok(body);
        } catch (InvalidInputException e) {
            var first = e.problems().get(0);
            return problem(HttpStatus.BAD_REQUEST, first.field(), first.message());
        }
    }

    static Map<String, Object> body(AreaCrime crime) {
        var area = new LinkedHashMap<String, Object>();
        area.put("code", crime.area().code());
        area.put("name", crime.area().name());
        area.put("kind", crime.area().kind().name());
        area.put(
                "population",
                crime.population() == null ? null : crime.population().population());
        area.put(
                "populationYear",
                crime.population() == null ? null : crime.population().year());
        area.put(
                "populationBasis",
                crime.population() == null ? null : crime.population().basis());
        area.put("notes", crime.area().notes());
        var body = new LinkedHashMap<String, Object>();
        body.put("area", area);
        body.put("from", crime.from().toString());
        body.put("to", crime.to().toString());
        body.put("total", figure(crime.total()));
        body.put(
                "types",
                crime.types().stream()
                        .map(type -> {
                            var entry = new LinkedHashMap<String, Object>();
                            entry.put("type", type.type());
                            entry.putAll(figure(type.figure()));
                            entry.put("inTotal", !type.antisocialBehaviour());
                            return entry;
                        })
                        .toList());
        body.put(
                "months",
                crime.months().stream()
                        .map(month -> {
                            var entry = new LinkedHashMap<String, Object>();
                            entry.put("month", month.month().toString());
                            entry.put("count", month.count());
                            return entry;
                        })
                        .toList());
        body.put(
                "missingMonths",
                crime.missingMonths().stream().map(Object::toString).toList());
        body.put("forces", crime.forces());
        body.put("source", "police.uk street-level crime, Open Government Licence v3.0");
        body.put("rateUnit", "per 1,000 residents over the period, with exact Poisson 95% intervals");
        return body;
    }

    private static Map<String, Object> figure(AreaCrime.Figure figure) {
        var values = new LinkedHashMap<String, Object>();
        values.put("count", figure.count());
        values.put("rate", figure.rate());
        values.put("rateLow", figure.rateLow());
        values.put("rateHigh", figure.rateHigh());
        return values;
    }

    static ResponseEntity<Map<String, Object>> problem(HttpStatus status, String field, String detail) {
        var body = new LinkedHashMap<String, Object>();
        body.put("status", status.value());
        body.put("title", status.getReasonPhrase());
        body.put("detail", detail);
        if (field != null) {
            body.put("field", field);
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }
}
