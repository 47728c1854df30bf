package org.saferplan.publishing;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.saferplan.crime.AreaCrime;
import org.saferplan.plan.PublishedPlans;

/**
 * The public tables as open data: the same rows as the pages, as CSV or JSON, each carrying the Open Government
 * Licence attribution (CSV: comment lines starting {@code #} before the header; JSON: {@code licence} and
 * {@code attribution} fields).
 */
final class OpenData {

    static final String LICENCE = "Open Government Licence v3.0";
    static final String LICENCE_URL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";
    static final String POLICE_UK = "Contains police.uk street-level crime data (data.police.uk) and ONS population"
            + " estimates, licensed under the " + LICENCE + ".";

    private OpenData() {}

    /** A table: its title, source attribution, column names and rows (values in column order). */
    record Table(String title, String attribution, List<String> columns, List<List<Object>> rows) {

        String csv() {
            var out = new StringWriter();
            try (var csv = CsvWriter.builder()
                    .lineDelimiter(de.siegmar.fastcsv.writer.LineDelimiter.CRLF)
                    .build(out)) {
                csv.writeComment(title);
                csv.writeComment(attribution + " Licence: " + LICENCE + ", " + LICENCE_URL);
                csv.writeRecord(columns);
                for (var row : rows) {
                    csv.writeRecord(
                            row.stream().map(v -> v == null ? "" : v.toString()).toList());
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return out.toString();
        }

        Map<String, Object> json() {
            var body = new LinkedHashMap<String, Object>();
            body.put("title", title);
            body.put("licence", Map.of("name", LICENCE, "url", LICENCE_URL));
            body.put("attribution", attribution);
            body.put("rows", records());
            return body;
        }

        List<Map<String, Object>> records() {
            var list = new ArrayList<Map<String, Object>>();
            for (var row : rows) {
                var record = new LinkedHashMap<String, Object>();
                for (int i = 0; i < columns.size(); i++) {
                    record.put(columns.get(i), row.get(i));
                }
                list.add(record);
            }
            return list;
        }
    }

    static String planAttribution(String partnership) {
        return "Published by " + partnership + ", licensed under the " + LICENCE + ".";
    }

    static Table activities(String partnership, PublishedPlans.Content content) {
        var rows = new ArrayList<List<Object>>();
        for (var theme : content.themes()) {
            for (var activity : theme.activities()) {
                rows.add(Arrays.asList(
                        theme.kind(),
                        theme.title(),
                        activity.key().toString(),
                        activity.text(),
                        String.join("; ", activity.owners()),
                        activity.ownersIllustrative()));
            }
        }
        return new Table(
                "Activities of " + content.version().planTitle() + ", "
                        + content.version().label(),
                planAttribution(partnership),
                List.of("themeKind", "theme", "key", "activity", "owners", "ownersIllustrative"),
                rows);
    }

    static Table measures(String partnership, PublishedPlans.Content content) {
        var rows = new ArrayList<List<Object>>();
        for (var theme : content.themes()) {
            for (var measure : theme.measures()) {
                rows.add(Arrays.asList(
                        theme.kind(), theme.title(), measure.key().toString(), measure.text(), measure.direction()));
            }
        }
        return new Table(
                "Measures of " + content.version().planTitle() + ", "
                        + content.version().label(),
                planAttribution(partnership),
                List.of("themeKind", "theme", "key", "measure", "direction"),
                rows);
    }

    static Table crimeByMonth(String partnership, AreaCrime crime) {
        var rows = new ArrayList<List<Object>>();
        for (var month : crime.months()) {
            rows.add(Arrays.asList(month.month().toString(), month.count(), month.count() == null));
        }
        return new Table(
                "Recorded crime by month (anti-social behaviour excluded), " + partnership + " area, " + crime.from()
                        + " to " + crime.to(),
                POLICE_UK,
                List.of("month", "crimes", "missing"),
                rows);
    }

    static Table crimeByType(String partnership, AreaCrime crime) {
        var rows = new ArrayList<List<Object>>();
        for (var type : crime.types()) {
            var f = type.figure();
            rows.add(Arrays.asList(
                    type.type(),
                    f.count(),
                    round(f.rate()),
                    round(f.rateLow()),
                    round(f.rateHigh()),
                    !type.antisocialBehaviour()));
        }
        return new Table(
                "Recorded crime by type, " + partnership + " area, " + crime.from() + " to " + crime.to()
                        + "; rates per 1,000 residents over the period with exact Poisson 95% intervals",
                POLICE_UK,
                List.of("type", "count", "ratePer1000", "rateLow", "rateHigh", "inTotal"),
                rows);
    }

    private static Double round(Double value) {
        return value == null ? null : Math.round(value * 1000) / 1000.0;
    }
}
