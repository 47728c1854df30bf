package org.saferplan.performance.web;

/** The indicator definition form, as typed. */
public record IndicatorForm(
        String name,
        String unit,
        String unitLabel,
        String source,
        String numerator,
        String denominator,
        String improvement,
        String target,
        String frequency,
        String description) {

    public static IndicatorForm blank() {
        return new IndicatorForm("", "COUNT", "", "CRIME_STATISTIC", "", "", "DECREASE", "", "MONTH", "");
    }
}
