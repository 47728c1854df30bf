package org.saferplan.performance;

/** Where an indicator's values come from. */
public enum Source {
    CRIME_STATISTIC("Crime statistic"),
    SURVEY_RESULT("Survey result"),
    PARTNER_DATASET("Partner dataset"),
    MANUAL("Entered by hand");

    private final String label;

    Source(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
