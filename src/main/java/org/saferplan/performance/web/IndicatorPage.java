package org.saferplan.performance.web;

import java.util.List;

/**
 * The indicator page: definition, chart, icons, summary and data table, year-on-year change for counts, rebases
 * and linked measures.
 *
 * @param chart null until there are 2 values
 * @param yearOnYear null when the indicator is not a count or has too few consecutive periods
 */
public record IndicatorPage(
        long id,
        String name,
        String href,
        boolean illustrative,
        List<Fact> facts,
        SpcChart chart,
        Badge variation,
        Badge assurance,
        List<String> summary,
        List<String> warnings,
        String yearOnYear,
        List<SpcRow> rows,
        List<RebaseRow> rebases,
        List<Link> measures,
        List<String> valuePeriods,
        String frequencyHint) {

    public IndicatorPage {
        facts = List.copyOf(facts);
        summary = List.copyOf(summary);
        warnings = List.copyOf(warnings);
        rows = List.copyOf(rows);
        rebases = List.copyOf(rebases);
        measures = List.copyOf(measures);
        valuePeriods = List.copyOf(valuePeriods);
    }

    /** A row of the definition's summary list. */
    public record Fact(String key, String value) {}

    /** A rebase: where the new baseline starts, why, who and the href to remove it. */
    public record RebaseRow(String period, String reason, String by, String removeAction) {}

    /** A link to another page. */
    public record Link(String text, String href, String caption) {}
}
