package org.saferplan.performance.web;

/** An indicator in a list, with its latest point and icons (null badges when there is no chart yet). */
public record IndicatorRow(
        String name,
        String href,
        String frequency,
        String unit,
        String latestPeriod,
        String latestValue,
        Badge variation,
        Badge assurance,
        boolean illustrative) {}
