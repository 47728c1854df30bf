package org.saferplan.performance;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import org.saferplan.statistics.ImprovementDirection;

/**
 * A performance indicator of a partnership: what is counted, how often, which way is better and, optionally, the
 * target. Its values are kept apart ({@link IndicatorValue}).
 *
 * @param numerator for rates, what is counted
 * @param denominator for rates, what it is divided by (e.g. resident population / 1,000)
 * @param illustrative demo data that is not real, labelled so wherever it shows
 */
record Indicator(
        long id,
        long partnershipId,
        String name,
        Unit unit,
        String unitLabel,
        Source source,
        String numerator,
        String denominator,
        ImprovementDirection improvement,
        BigDecimal target,
        Frequency frequency,
        String description,
        boolean illustrative) {

    OptionalDouble targetValue() {
        return target == null ? OptionalDouble.empty() : OptionalDouble.of(target.doubleValue());
    }

    Map<String, Object> auditValues() {
        var values = new LinkedHashMap<String, Object>();
        values.put("name", name);
        values.put("unit", unit.name());
        values.put("unitLabel", unitLabel);
        values.put("source", source.name());
        values.put("numerator", numerator);
        values.put("denominator", denominator);
        values.put("improvement", improvement.name());
        values.put("target", target);
        values.put("frequency", frequency.name());
        values.put("description", description);
        return values;
    }
}
