package org.saferplan.performance;

/** The status an owner gives an activity's progress in an update. */
public enum RagStatus {
    RED("Red", "govuk-tag--red"),
    AMBER("Amber", "govuk-tag--orange"),
    GREEN("Green", "govuk-tag--green"),
    COMPLETE("Complete", "govuk-tag--blue");

    private final String label;
    private final String tagClass;

    RagStatus(String label, String tagClass) {
        this.label = label;
        this.tagClass = tagClass;
    }

    public String label() {
        return label;
    }

    public String tagClass() {
        return tagClass;
    }
}
