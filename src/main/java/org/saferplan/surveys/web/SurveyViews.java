package org.saferplan.surveys.web;

import java.util.List;
import org.saferplan.web.Option;

/** The view models of the survey pages: records of strings already written as the page shows them. */
public final class SurveyViews {

    private SurveyViews() {}

    /** The partnership and what the reader may do (the security module decides what the server accepts). */
    public record Workspace(String slug, String name, boolean mayChange, boolean mayReadAudit) {

        public String href() {
            return "/partnerships/" + slug + "/surveys";
        }
    }

    public record SurveyRow(String name, String href, String kind, String source, String latestWave, int waves) {}

    /** "You said, we did": what was said, where, and the plan items that answer it. */
    public record YouSaidRow(
            String survey,
            String href,
            String wave,
            String said,
            String share,
            List<String> answeredBy,
            boolean illustrative) {}

    public record Fact(String label, String value) {}

    public record WaveRow(
            String label,
            String href,
            String date,
            String fieldwork,
            String method,
            String sampleSize,
            String data,
            boolean illustrative) {}

    public record QuestionRow(String code, String text, String kind, String answers, String excluded) {}

    public record EstimateRow(
            String wave,
            String percent,
            String interval,
            String base,
            String design,
            String excluded,
            String basis,
            boolean illustrative) {}

    public record CellRow(String group, String respondents, String percent, String interval, boolean hidden) {}

    public record BreakdownView(String by, List<CellRow> cells) {}

    public record ResultView(
            long id,
            String anchor,
            String name,
            String question,
            String counts,
            String excluded,
            List<EstimateRow> rows,
            List<String> changes,
            BarChart chart,
            String breakdownWave,
            List<BreakdownView> breakdowns) {}

    public record RankRow(int rank, String issue, String percent, String interval, String base) {}

    public record ConcernView(
            String anchor,
            String question,
            String wave,
            boolean illustrative,
            String base,
            BarChart chart,
            List<RankRow> rows) {}

    public record FindingRow(String anchor, String text) {}

    public record FindingGroup(String wave, String citation, boolean illustrative, List<FindingRow> findings) {}

    public record LinkRow(String said, String planItem, String removeAction) {}

    public record SurveyPage(
            long id,
            String name,
            String href,
            String kind,
            List<Fact> facts,
            List<WaveRow> waves,
            List<QuestionRow> questions,
            List<ResultView> results,
            List<ConcernView> concerns,
            List<FindingGroup> findings,
            List<LinkRow> links,
            String planVersion) {}

    /** One bar with its 95% interval; coordinates in SVG units. */
    public record Bar(
            String label,
            String y,
            String labelY,
            String width,
            String lower,
            String upper,
            String whiskerY,
            String capTop,
            String capBottom,
            String value,
            String title) {}

    public record Tick(String x, String label) {}

    /** A horizontal bar chart of percentages with interval whiskers, drawn on the server; a table goes beside it. */
    public record BarChart(
            String id,
            String title,
            String description,
            int width,
            int height,
            int left,
            int plotWidth,
            int barHeight,
            List<Bar> bars,
            List<Tick> ticks) {}

    /** A page of one form built from field descriptions, so each change has its own small page. */
    public record FormPage(
            String title,
            String intro,
            String action,
            String submit,
            String cancel,
            boolean multipart,
            List<Field> fields) {}

    /** {@code type} is text, textarea, select or file. */
    public record Field(
            String type,
            String name,
            String label,
            String hint,
            String value,
            List<Option> options,
            String inputClass) {

        public static Field text(String name, String label, String hint, String value) {
            return new Field("text", name, label, hint, value, List.of(), "");
        }

        public static Field narrow(String name, String label, String hint, String value) {
            return new Field("text", name, label, hint, value, List.of(), "govuk-input--width-10");
        }

        public static Field area(String name, String label, String hint, String value) {
            return new Field("textarea", name, label, hint, value, List.of(), "");
        }

        public static Field select(String name, String label, String hint, String value, List<Option> options) {
            return new Field("select", name, label, hint, value, options, "");
        }

        public static Field file(String name, String label, String hint) {
            return new Field("file", name, label, hint, "", List.of(), "");
        }
    }

    public record WavePage(
            String label,
            String surveyName,
            String surveyHref,
            List<Fact> facts,
            String data,
            List<Option> summaryLinks,
            boolean illustrative) {}
}
