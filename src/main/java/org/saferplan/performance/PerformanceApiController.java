package org.saferplan.performance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.saferplan.performance.web.UpdateForm;
import org.saferplan.web.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The performance JSON API: a partnership's indicators, one indicator with its values and its chart in the shape
 * of {@code POST /api/v1/spc}'s response, and posting an activity update with the same permission rule as the page
 * (a partner officer only on their own organisation's activities: 403 otherwise).
 */
@RestController
class PerformanceApiController {

    private final PerformancePages pages;
    private final Indicators indicators;
    private final ActionUpdates updates;

    PerformanceApiController(PerformancePages pages, Indicators indicators, ActionUpdates updates) {
        this.pages = pages;
        this.indicators = indicators;
        this.updates = updates;
    }

    record IndicatorJson(
            long id,
            String name,
            String unit,
            String unitLabel,
            String source,
            String numerator,
            String denominator,
            String improvement,
            Double target,
            String frequency,
            String description,
            boolean illustrative,
            String latestPeriod,
            Double latestValue,
            String variation,
            String assurance) {}

    record ValueJson(String period, double value, String note) {}

    record RebaseJson(String period, String reason) {}

    record IndicatorDetailJson(
            IndicatorJson indicator,
            List<ValueJson> values,
            List<RebaseJson> rebases,
            SpcApiController.SpcResponse spc) {}

    record UpdateJson(long id, long activityId, String status, String commentary, String date, String author) {}

    @GetMapping("/api/v1/partnerships/{slug}/indicators")
    List<IndicatorJson> indicators(@PathVariable String slug) {
        var partnership = pages.partnership(slug);
        return indicators.all(partnership.id()).stream()
                .map(pages::charted)
                .map(PerformanceApiController::json)
                .toList();
    }

    @GetMapping("/api/v1/partnerships/{slug}/indicators/{id}")
    IndicatorDetailJson indicator(@PathVariable String slug, @PathVariable long id) {
        var partnership = pages.partnership(slug);
        var c = pages.charted(indicators.indicator(partnership.id(), id));
        return new IndicatorDetailJson(
                json(c),
                c.values().stream()
                        .map(v -> new ValueJson(v.period().text(), v.value().doubleValue(), v.note()))
                        .toList(),
                c.rebases().stream()
                        .map(r -> new RebaseJson(r.period(), r.reason()))
                        .toList(),
                c.spc().map(SpcApiController.SpcResponse::from).orElse(null));
    }

    private static IndicatorJson json(PerformancePages.Charted c) {
        var i = c.indicator();
        var latest = c.values().isEmpty() ? null : c.values().get(c.values().size() - 1);
        return new IndicatorJson(
                i.id(),
                i.name(),
                i.unit().name(),
                i.unitLabel(),
                i.source().name(),
                i.numerator(),
                i.denominator(),
                i.improvement().code(),
                i.target() == null ? null : i.target().doubleValue(),
                i.frequency().name(),
                i.description(),
                i.illustrative(),
                latest == null ? null : latest.period().text(),
                latest == null ? null : latest.value().doubleValue(),
                c.spc().map(s -> s.variation().code()).orElse(null),
                c.spc().map(s -> s.assurance().code()).orElse(null));
    }

    @PostMapping(
            path = "/api/v1/partnerships/{slug}/activities/{activityId}/updates",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<UpdateJson> post(
            @PathVariable String slug, @PathVariable long activityId, @RequestBody JsonNode body) {
        var partnership = pages.partnership(slug);
        if (body == null || !body.isObject()) {
            throw new InvalidInputException(
                    "body", "The body must be a JSON object with status, commentary and" + " date");
        }
        var update = updates.post(
                partnership.id(),
                activityId,
                new UpdateForm(text(body, "status"), text(body, "commentary"), text(body, "date")));
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new UpdateJson(
                        update.id(),
                        update.activityId(),
                        update.status().name(),
                        update.commentary(),
                        update.on().toString(),
                        update.author()));
    }

    private static String text(JsonNode body, String field) {
        var node = body.get(field);
        return node == null || node.isNull() || !node.isString() ? null : node.stringValue();
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Map<String, Object>> invalid(InvalidInputException e) {
        return problem(e.problems());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable() {
        return problem(List.of(new InvalidInputException.Problem(
                "body", "The body must be a JSON object with status, commentary and date")));
    }

    private static ResponseEntity<Map<String, Object>> problem(List<InvalidInputException.Problem> problems) {
        var body = new LinkedHashMap<String, Object>();
        body.put("type", "about:blank");
        body.put("status", 400);
        body.put("title", "The update was not right");
        body.put("detail", problems.get(0).message());
        body.put("field", problems.get(0).field());
        body.put(
                "errors",
                problems.stream()
                        .map(p -> Map.of("field", p.field(), "message", p.message()))
                        .toList());
        return ResponseEntity.status(HttpStatus.BAD_REQUEST)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }
}
