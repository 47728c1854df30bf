package org.saferplan.crime;

import java.util.Map;
import org.saferplan.areas.AreaScopes;
import org.saferplan.governance.Partnerships;
import org.saferplan.web.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The outcomes and harm figures as JSON: {@code GET /api/v1/areas/{gssCode}/crime/outcomes|harm} and
 * {@code GET /api/v1/partnerships/{slug}/crime/outcomes|harm}, with {@code from}, {@code to} (YYYY-MM) and, for
 * outcomes, {@code type} (the crime type of the monthly series; "all" for all crime).
 */
@RestController
class CrimeOutcomesHarmApiController {

    private final AreaScopes scopes;
    private final Partnerships partnerships;
    private final AreaCrimeStatistics statistics;
    private final CrimeOutcomes outcomes;
    private final CrimeHarm harm;
    private final JdbcClient jdbc;

    CrimeOutcomesHarmApiController(
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

    @GetMapping("/api/v1/areas/{gssCode}/crime/outcomes")
    ResponseEntity<Map<String, Object>> areaOutcomes(
            @PathVariable String gssCode,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String type) {
        return answer(CrimeOutcomesHarmController.Where.area(scopes, gssCode), from, to, type, false);
    }

    @GetMapping("/api/v1/partnerships/{slug}/crime/outcomes")
    ResponseEntity<Map<String, Object>> partnershipOutcomes(
            @PathVariable String slug,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String type) {
        return answer(
                CrimeOutcomesHarmController.Where.partnership(scopes, partnerships, slug, null), from, to, type, false);
    }

    @GetMapping("/api/v1/areas/{gssCode}/crime/harm")
    ResponseEntity<Map<String, Object>> areaHarm(
            @PathVariable String gssCode,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        return answer(CrimeOutcomesHarmController.Where.area(scopes, gssCode), from, to, null, true);
    }

    @GetMapping("/api/v1/partnerships/{slug}/crime/harm")
    ResponseEntity<Map<String, Object>> partnershipHarm(
            @PathVariable String slug,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        return answer(
                CrimeOutcomesHarmController.Where.partnership(scopes, partnerships, slug, null), from, to, null, true);
    }

    private ResponseEntity<Map<String, Object>> answer(
            CrimeOutcomesHarmController.Where where, String from, String to, String type, boolean isHarm) {
        try {
            var types = CrimeOutcomesHarmController.crimeTypes(jdbc);
            var chosen = isHarm ? null : CrimeOutcomesPages.type(type, types);
            var period = CrimePeriod.resolve(from, to, where.scope(), statistics);
            if (period.isEmpty()) {
                return AreaCrimeApiController.problem(
                        HttpStatus.NOT_FOUND,
                        null,
                        "No police.uk street data is stored for "
                                + where.scope().name());
            }
            var start = period.get()[0];
            var end = period.get()[1];
            return ResponseEntity.ok(
                    isHarm
                            ? CrimeHarmPages.json(harm.of(where.scope(), start, end), types)
                            : CrimeOutcomesPages.json(outcomes.of(where.scope(), start, end), chosen));
        } catch (InvalidInputException e) {
            var first = e.problems().get(0);
            return AreaCrimeApiController.problem(HttpStatus.BAD_REQUEST, first.field(), first.message());
        }
    }
}
