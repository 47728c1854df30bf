package org.saferplan.evidence;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** A dataset's current series as CSV or JSON, for the download links and the API. */
@Component
class DatasetDownloads {

    private final Datasets datasets;

    DatasetDownloads(Datasets datasets) {
        this.datasets = datasets;
    }

    record DatasetJson(
            long id,
            String title,
            String kind,
            String source,
            String licence,
            String owner,
            String sharing,
            String description,
            String periodType,
            String unit,
            boolean additive,
            boolean illustrative,
            String updatedAt,
            List<ValueJson> values) {}

    record ValueJson(
            String areaCode,
            String period,
            String dimension,
            String category,
            java.math.BigDecimal value,
            java.math.BigDecimal numerator,
            java.math.BigDecimal denominator) {}

    DatasetJson json(EvidenceDataset d) {
        return summary(
                d,
                datasets.points(d).stream()
                        .map(p -> new ValueJson(
                                p.areaCode(),
                                p.period(),
                                p.dimension(),
                                p.category(),
                                p.value(),
                                p.numerator(),
                                p.denominator()))
                        .toList());
    }

    static DatasetJson summary(EvidenceDataset d, List<ValueJson> values) {
        return new DatasetJson(
                d.id(),
                d.title(),
                d.kind().name(),
                d.source(),
                d.licence(),
                d.ownerName(),
                d.sharing().name(),
                d.description(),
                d.periodType().name(),
                d.unit(),
                d.additive(),
                d.illustrative(),
                d.updatedAt() == null ? null : d.updatedAt().toString(),
                values);
    }

    String csv(EvidenceDataset d) {
        var out = new StringBuilder("area_code,period,dimension,category,value,numerator,denominator\n");
        for (var p : datasets.points(d)) {
            out.append(p.areaCode())
                    .append(',')
                    .append(p.period())
                    .append(',')
                    .append(cell(p.dimension()))
                    .append(',')
                    .append(cell(p.category()))
                    .append(',')
                    .append(p.value().toPlainString())
                    .append(',')
                    .append(p.numerator() == null ? "" : p.numerator().toPlainString())
                    .append(',')
                    .append(p.denominator() == null ? "" : p.denominator().toPlainString())
                    .append('\n');
        }
        return out.toString();
    }

    String fileName(EvidenceDataset d) {
        var name =
                d.title().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return name.isEmpty() ? "dataset-" + d.id() : name;
    }

    /** A CSV cell, quoted when it holds a comma or quote; a leading formula character is defused. */
    private static String cell(String text) {
        var safe = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        return safe.contains(",") || safe.contains("\"") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
