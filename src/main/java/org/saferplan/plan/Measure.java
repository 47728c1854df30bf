package org.saferplan.plan;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * How partners will know a theme is improving, as written in the plan. Linking it to a performance indicator is
 * the performance module's job, later.
 *
 * @param baselineValue the starting number, or null
 * @param baselineText what the baseline is, in words
 * @param targetValue the number aimed for, or null
 */
record Measure(
        long id,
        long themeId,
        UUID key,
        String text,
        Direction direction,
        BigDecimal baselineValue,
        String baselineText,
        BigDecimal targetValue,
        String howMeasured,
        int position) {

    Map<String, Object> auditValues() {
        var values = new LinkedHashMap<String, Object>();
        values.put("text", text);
        values.put("direction", direction.name());
        values.put("baselineValue", baselineValue);
        values.put("baselineText", baselineText);
        values.put("targetValue", targetValue);
        values.put("howMeasured", howMeasured);
        values.put("position", position);
        return values;
    }
}
