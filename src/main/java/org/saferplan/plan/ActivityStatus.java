package org.saferplan.plan;

/** How an activity is going. */
enum ActivityStatus {
    NOT_STARTED("Not started", "govuk-tag--grey"),
    ON_TRACK("On track", "govuk-tag--green"),
    AT_RISK("At risk", "govuk-tag--orange"),
    OFF_TRACK("Off track", "govuk-tag--red"),
    COMPLETE("Complete", "govuk-tag--blue");

    private final String label;
    private final String tagClass;

    ActivityStatus(String label, String tagClass) {
        this.label = label;
        this.tagClass = tagClass;
    }

    String label() {
        return label;
    }

    String tagClass() {
        return tagClass;
    }
}
