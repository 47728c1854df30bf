package org.saferplan.evidence.web;

import java.util.List;
import org.saferplan.web.Option;

/**
 * One dataset: its description, the headline series for the chosen area as a chart and a table, its breakdowns, and
 * its versions with what each import did.
 *
 * @param area the chosen area (a GSS code, or "partnership" for the partnership's authorities together)
 */
public record DatasetPage(
        long id,
        String title,
        String href,
        boolean illustrative,
        boolean restricted,
        List<Fact> facts,
        List<Option> areas,
        String area,
        String areaLabel,
        SeriesChart chart,
        String unit,
        boolean ratio,
        List<ValueRow> rows,
        List<Breakdown> breakdowns,
        List<VersionRow> versions,
        List<String> notes,
        boolean assaults) {

    public record Fact(String key, String value) {}

    public record ValueRow(String period, String value, String numerator, String denominator) {}

    /** A breakdown for the chosen area: categories down, the latest periods across. */
    public record Breakdown(String dimension, String id, List<String> periods, List<BreakdownRow> rows) {}

    public record BreakdownRow(String category, List<String> cells) {}

    public record VersionRow(String file, String uploaded, String by, int values, boolean current) {}
}
