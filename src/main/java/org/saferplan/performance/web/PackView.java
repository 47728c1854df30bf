package org.saferplan.performance.web;

import java.util.List;

/**
 * A meeting's performance pack as it was generated: every figure, chart and word the pack shows, stored as JSON so
 * the pack reads the same however the data moves on. Nothing in it is worked out again when it is read.
 *
 * @param since the date of the group's previous meeting, from which action progress is reported; null for a group's
 *     first meeting (every update is reported)
 * @param afterMeeting whether it was generated after the meeting was held, so it is not what the meeting saw
 * @param exceptions what needs the meeting's attention first: special cause of concern, red and overdue activities
 * @param priorities the current plan version's priorities with their measures
 * @param unlinked indicators not linked to any measure of the current version
 * @param feeding for a board, the latest pack of each group that reports to it, with its exceptions
 */
public record PackView(
        String partnershipName,
        String groupName,
        String groupKind,
        String meetingWhen,
        String meetingHref,
        String generatedAt,
        String generatedBy,
        String planVersion,
        String since,
        boolean afterMeeting,
        List<ExceptionItem> exceptions,
        List<Priority> priorities,
        List<IndicatorView> unlinked,
        List<Update> updates,
        List<ActivityRow> overdue,
        List<Feed> feeding) {

    public PackView {
        exceptions = List.copyOf(exceptions);
        priorities = List.copyOf(priorities);
        unlinked = List.copyOf(unlinked);
        updates = List.copyOf(updates);
        overdue = List.copyOf(overdue);
        feeding = List.copyOf(feeding);
    }

    /** An exception: what kind, about what (with a link to it) and why. */
    public record ExceptionItem(String kind, String subject, String href, String detail) {}

    /** A priority (theme) of the plan and its measures. */
    public record Priority(String theme, List<Measure> measures) {

        public Priority {
            measures = List.copyOf(measures);
        }
    }

    /** A measure with its linked indicators and evidence notes. */
    public record Measure(String text, String href, List<IndicatorView> indicators, List<MeasurePage.Note> notes) {

        public Measure {
            indicators = List.copyOf(indicators);
            notes = List.copyOf(notes);
        }
    }

    /**
     * An indicator as charted when the pack was generated.
     *
     * @param chart null when it has fewer than 2 values
     */
    public record IndicatorView(
            String name,
            String href,
            boolean illustrative,
            String latest,
            SpcChart chart,
            Badge variation,
            Badge assurance,
            List<String> summary,
            List<SpcRow> rows) {

        public IndicatorView {
            summary = List.copyOf(summary);
            rows = List.copyOf(rows);
        }
    }

    /** An activity update posted since the previous meeting. */
    public record Update(
            String activity,
            String href,
            String theme,
            Badge status,
            String date,
            String commentary,
            String author,
            boolean illustrative) {}

    /** The latest pack of a group that feeds into this one, and its exceptions. */
    public record Feed(
            String groupName, String meetingWhen, String href, String generatedAt, List<ExceptionItem> exceptions) {

        public Feed {
            exceptions = List.copyOf(exceptions);
        }
    }
}
