package org.saferplan.evidence;

import java.math.BigDecimal;

/**
 * One stored value of a dataset: an area (GSS code), a period, a breakdown (both empty for the headline series)
 * and the value, with its numerator and denominator when the value is a rate or share.
 */
public record EvidencePoint(
        String areaCode,
        String period,
        java.time.LocalDate startsOn,
        String dimension,
        String category,
        BigDecimal value,
        BigDecimal numerator,
        BigDecimal denominator) {

    /** Whether this is a point of the headline series rather than of a breakdown. */
    public boolean headline() {
        return dimension.isEmpty() && category.isEmpty();
    }
}
