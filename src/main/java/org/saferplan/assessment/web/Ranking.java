package org.saferplan.assessment.web;

import java.time.Instant;
import java.util.List;

/**
 * A ranked list of an assessment's themes with every score and the evidence behind it: what the pages, the report
 * and the API show, and what is stored (as JSON) when the assessment is agreed or the ranking is re-run.
 *
 * @param period the crime data period the suggestions used, in words
 * @param at when the ranking was worked out
 */
public record Ranking(
        String matrix,
        String matrixLabel,
        String method,
        String period,
        List<Column> dimensions,
        List<Row> themes,
        Instant at,
        List<String> caveats) {

    public Ranking {
        dimensions = List.copyOf(dimensions);
        themes = List.copyOf(themes);
        caveats = List.copyOf(caveats);
    }

    /** A dimension of the matrix; {@code rule} states the rule that suggests its scores, or is null. */
    public record Column(String key, String label, String description, String weight, String role, String rule) {}

    /**
     * A theme in the ranking.
     *
     * @param complete whether every dimension that counts has a score
     * @param total the weighted total the rank follows
     */
    public record Row(
            long themeId,
            String title,
            int rank,
            double total,
            String totalText,
            boolean complete,
            List<Cell> scores,
            List<Item> evidence,
            List<String> objectives,
            boolean agreed,
            String decisionReason,
            String href) {

        public Row {
            scores = List.copyOf(scores);
            evidence = List.copyOf(evidence);
            objectives = List.copyOf(objectives);
        }

        public Cell score(String dimension) {
            return scores.stream()
                    .filter(c -> c.dimension().equals(dimension))
                    .findFirst()
                    .orElse(null);
        }
    }

    /**
     * A theme's score on one dimension.
     *
     * @param score the score that counts: the analyst's when set, else the suggestion; null when neither
     * @param suggested the rule's suggestion, or null
     * @param basis the figure the suggestion came from, in words
     * @param reason the analyst's written reason when they set the score
     */
    public record Cell(
            String dimension,
            String label,
            Integer score,
            Integer suggested,
            String basis,
            String rule,
            String reason,
            String by) {

        public boolean overridden() {
            return reason != null;
        }
    }

    /** One piece of evidence behind a theme. */
    public record Item(String kind, String text, String source, String period, String link) {}
}
