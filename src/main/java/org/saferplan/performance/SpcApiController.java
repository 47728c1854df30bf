package org.saferplan.performance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeSet;
import org.saferplan.statistics.ImprovementDirection;
import org.saferplan.statistics.Spc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/v1/spc}: a Making Data Count XmR chart ({@link Spc}) for any series a partner sends. This is a
 * contract partners' tools rely on: the request is {@code {"values": [numbers], "improvement":
 * "increase"|"decrease"|"neutral", "target": number or null, "rebase": [indexes where a new baseline starts]}} and the
 * response has at least {@code points[].value, mean, lpl, upl, type}, {@code variation} and {@code assurance}; names
 * are only ever added, never changed. The body is read as a JSON tree and checked here, so that every refusal is a 400
 * problem+json naming the field, rather than a bare binding error. Any signed-in caller may use it.
 */
@RestController
class SpcApiController {

    static final int MAX_VALUES = 10_000;

    @PostMapping(path = "/api/v1/spc", consumes = MediaType.APPLICATION_JSON_VALUE)
    SpcResponse chart(@RequestBody JsonNode body) {
        var request = SpcRequest.read(body);
        return SpcResponse.from(Spc.of(request.values(), request.improvement(), request.target(), request.rebase()));
    }

    @ExceptionHandler(BadSpcRequest.class)
    ResponseEntity<Map<String, Object>> badRequest(BadSpcRequest problem) {
        return problem(problem.field(), problem.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable() {
        return problem("body", "The body must be a JSON object with values, improvement, target and rebase");
    }

    private static ResponseEntity<Map<String, Object>> problem(String field, String detail) {
        var body = new LinkedHashMap<String, Object>();
        body.put("type", "about:blank");
        body.put("status", 400);
        body.put("title", "The SPC request was not right");
        body.put("detail", detail);
        body.put("field", field);
        body.put("errors", List.of(Map.of("field", field, "message", detail)));
        return ResponseEntity.status(HttpStatus.BAD_REQUEST)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }

    /** The request, checked field by field. */
    record SpcRequest(
            List<Double> values, ImprovementDirection improvement, OptionalDouble target, List<Integer> rebase) {

        static SpcRequest read(JsonNode body) {
            if (body == null || !body.isObject()) {
                throw new BadSpcRequest("body", "The body must be a JSON object");
            }
            var values = values(body.get("values"));
            var improvement = improvement(body.get("improvement"));
            var target = target(body.get("target"));
            var rebase = rebase(body.get("rebase"), values.size());
            return new SpcRequest(values, improvement, target, rebase);
        }

        private static List<Double> values(JsonNode node) {
            if (node == null || node.isNull()) {
                throw new BadSpcRequest("values", "values is missing: send an array of at least 2 numbers");
            }
            if (!node.isArray()) {
                throw new BadSpcRequest("values", "values must be an array of numbers");
            }
            if (node.size() < 2) {
                throw new BadSpcRequest("values", "values needs at least 2 numbers, not " + node.size());
            }
            if (node.size() > MAX_VALUES) {
                throw new BadSpcRequest(
                        "values", "values can hold at most " + MAX_VALUES + " numbers, not " + node.size());
            }
            var values = new ArrayList<Double>(node.size());
            for (int i = 0; i < node.size(); i++) {
                var value = node.get(i);
                var number = finite(value);
                if (number.isEmpty()) {
                    throw new BadSpcRequest("values", "values[" + i + "] is not a number");
                }
                values.add(number.getAsDouble());
            }
            return values;
        }

        private static ImprovementDirection improvement(JsonNode node) {
            if (node == null || node.isNull()) {
                throw new BadSpcRequest("improvement", "improvement is missing: send increase, decrease or neutral");
            }
            for (var direction : ImprovementDirection.values()) {
                if (node.isString() && direction.code().equals(node.stringValue())) {
                    return direction;
                }
            }
            throw new BadSpcRequest("improvement", "improvement must be increase, decrease or neutral");
        }

        private static OptionalDouble target(JsonNode node) {
            if (node == null || node.isNull()) {
                return OptionalDouble.empty();
            }
            var number = finite(node);
            if (number.isEmpty()) {
                throw new BadSpcRequest("target", "target must be a number or null");
            }
            return number;
        }

        /** The node's value when it is a JSON number a double holds finitely. */
        private static OptionalDouble finite(JsonNode node) {
            if (node == null || !node.isNumber()) {
                return OptionalDouble.empty();
            }
            try {
                double value = node.doubleValue();
                return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
            } catch (RuntimeException notRepresentable) {
                return OptionalDouble.empty();
            }
        }

        private static List<Integer> rebase(JsonNode node, int size) {
            if (node == null || node.isNull()) {
                return List.of();
            }
            if (!node.isArray()) {
                throw new BadSpcRequest("rebase", "rebase must be an array of point indexes");
            }
            var rebase = new ArrayList<Integer>();
            for (int i = 0; i < node.size(); i++) {
                var index = node.get(i);
                if (index == null || !index.isIntegralNumber() || !index.canConvertToInt()) {
                    throw new BadSpcRequest("rebase", "rebase[" + i + "] is not a whole number");
                }
                int value = index.intValue();
                if (value < 0 || value >= size) {
                    throw new BadSpcRequest(
                            "rebase",
                            "rebase[" + i + "] is " + value + ", outside the values (0 to " + (size - 1) + ")");
                }
                rebase.add(value);
            }
            var starts = new TreeSet<>(rebase);
            starts.add(0);
            starts.add(size);
            Integer previous = null;
            for (var start : starts) {
                if (previous != null && start - previous < 2) {
                    throw new BadSpcRequest(
                            "rebase",
                            "rebase at " + previous
                                    + " leaves a segment of one point; every segment needs at least 2 points");
                }
                previous = start;
            }
            return rebase;
        }
    }

    /** A refused request, naming the field. */
    static final class BadSpcRequest extends RuntimeException {

        private final String field;

        BadSpcRequest(String field, String message) {
            super(message);
            this.field = field;
        }

        String field() {
            return field;
        }
    }

    /**
     * The chart. {@code variationColour} and {@code assuranceColour} are the Making Data Count colours
     * ({@code assuranceColour} is null when assurance is none).
     */
    record SpcResponse(
            List<PointJson> points,
            String variation,
            String variationColour,
            String assurance,
            String assuranceColour,
            String improvement,
            Double target,
            List<SegmentJson> segments,
            List<String> warnings) {

        static SpcResponse from(Spc spc) {
            return new SpcResponse(
                    spc.points().stream().map(PointJson::from).toList(),
                    spc.variation().code(),
                    spc.variation().colour(),
                    spc.assurance().code(),
                    spc.assurance().colour(),
                    spc.improvement().code(),
                    spc.target().isPresent() ? spc.target().getAsDouble() : null,
                    spc.segments().stream().map(SegmentJson::from).toList(),
                    spc.warnings());
        }
    }

    record PointJson(
            double value,
            double mean,
            double lpl,
            double upl,
            double nearLpl,
            double nearUpl,
            String type,
            List<String> rules) {

        static PointJson from(Spc.Point point) {
            return new PointJson(
                    point.value(),
                    point.mean(),
                    point.lpl(),
                    point.upl(),
                    point.nearLpl(),
                    point.nearUpl(),
                    point.type().code(),
                    point.rules().stream().map(Spc.Rule::code).toList());
        }
    }

    record SegmentJson(
            int start, int last, int points, double mean, double averageMovingRange, double lpl, double upl) {

        static SegmentJson from(Spc.Segment segment) {
            return new SegmentJson(
                    segment.start(),
                    segment.end() - 1,
                    segment.size(),
                    segment.mean(),
                    segment.averageMovingRange(),
                    segment.lpl(),
                    segment.upl());
        }
    }
}
