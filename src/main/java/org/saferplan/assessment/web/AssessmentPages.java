package org.saferplan.assessment.web;

import java.util.List;
import org.saferplan.web.Option;

/** The view models of the assessment pages. */
public final class AssessmentPages {

    private AssessmentPages() {}

    /**
     * What the pages know about the partnership and the reader. {@code mayChange}: analysts and coordinators;
     * {@code mayAgree}: the coordinator only (the server decides; this only hides what it would refuse).
     */
    public record Workspace(String slug, String name, boolean mayChange, boolean mayAgree, boolean mayReadAudit) {

        public String href() {
            return "/partnerships/" + slug + "/assessment";
        }
    }

    /** An assessment as the pages show it. */
    public record Summary(
            long id,
            int year,
            String title,
            String status,
            boolean agreed,
            String matrix,
            String statusText,
            String href) {

        public String tagClass() {
            return agreed ? "govuk-tag--green" : "govuk-tag--yellow";
        }
    }

    /** A dimension's weight on the weights form. */
    public record Weight(String key, String label, String role, String value) {}

    /** An objective (or a partner dataset), and whether the theme aligns with (or uses) it. */
    public record Objective(long id, String text, boolean checked) {}

    /** A crime type choice on the theme form. */
    public record Choice(String value, boolean checked) {}

    /**
     * The theme page: its row of the ranking (scores and evidence), its crime types and objectives, and the
     * choices of the forms.
     */
    public record Theme(
            Ranking.Row row,
            String description,
            String origin,
            List<Choice> crimeTypes,
            List<Objective> objectives,
            List<Objective> datasets,
            List<Option> dimensions,
            List<Ranking.Column> columns) {}

    /** A theme on the decision form: its ranking row and the reason as typed (or proposed). */
    public record DecisionRow(Ranking.Row row, boolean checked, String reason) {}

    /** A stored run of the ranking, and what changed since the last agreed assessment. */
    public record RunRow(long id, String at, String by, String href, List<String> top) {}
}
