package org.saferplan.governance;

/**
 * An ordinary meeting, or the annual public meeting: the Crime and Disorder (Formulation and Implementation of
 * Strategy) Regulations 2007 require a partnership to hold at least one public meeting a year, so it is recorded
 * as such.
 */
public enum MeetingKind {
    ORDINARY("Ordinary meeting"),
    ANNUAL_PUBLIC_MEETING("Annual public meeting");

    private final String label;

    MeetingKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
